import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from './ReviewPage';

const TEXT =
  'Báo cáo năm 2025\nThứ hai - 05/01/2026\n' +
  'Kim ngạch xuất khẩu năm 2025 đạt 2 tỷ USD, tăng 5% so với năm 2024. Có 12 xã đạt chuẩn nông thôn mới.\n';

describe('ReviewPage', () => {
  beforeEach(() => {
    // jsdom has no object URLs; the page only hands them to download links.
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it(
    'offers files only for what a person accepted, once they pass the checks',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      render(<ReviewPage lang="en" />);
      await user.upload(
        screen.getByLabelText(/report’s text file/),
        new File([TEXT], 'report.txt', { type: 'text/plain' }),
      );
      // Plain DOM queries: role queries over this large form are slow in jsdom.
      await screen.findByText('Proposals (2)');
      const proposals = [...document.querySelectorAll<HTMLElement>('article.review-proposal')];
      expect(proposals).toHaveLength(2);
      expect(document.querySelectorAll('a.review-mark.review-pending')).toHaveLength(2);

      const exports = proposals[0]!;
      // fireEvent for typing: a keystroke at a time re-renders the whole form, slowly in jsdom.
      fireEvent.change(within(exports).getByLabelText('Label (English)'), {
        target: { value: 'Export turnover' },
      });
      await user.click(within(exports).getByText('Accept'));
      expect(exports).toHaveClass('review-accepted');
      const check = screen.getByText('Check and make the files', { selector: 'button' });
      await user.click(check);
      expect(screen.getByText(/publisherVi is empty/)).toBeInTheDocument();

      fireEvent.change(screen.getByLabelText('Publisher (Vietnamese)'), { target: { value: 'Ban thử' } });
      fireEvent.change(screen.getByLabelText('Publisher (English)'), { target: { value: 'Test board' } });
      await user.click(screen.getByRole('button', { name: 'Check and make the files' }));
      expect(screen.getByRole('link', { name: 'Download trade.json (1 figures)' })).toHaveAttribute(
        'download',
        'trade.json',
      );
      expect(screen.getByText('1 proposals not reviewed are left out.')).toBeInTheDocument();
    },
  );

  it('says why a text cannot be drafted', async () => {
    const user = userEvent.setup();
    render(<ReviewPage lang="vi" />);
    await user.upload(
      screen.getByLabelText(/Chọn tệp/),
      new File(['không có năm'], 'x.txt', { type: 'text/plain' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Không đọc được văn bản');
  });
});
