import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Disclosure } from './Disclosure';

const toggle = (details: HTMLDetailsElement, open: boolean) => {
  details.open = open;
  fireEvent(details, new Event('toggle'));
};

describe('Disclosure', () => {
  it('renders its content only once opened, then keeps it', () => {
    const content = vi.fn(() => <p>nguồn: “70.741 tỷ đồng”</p>);
    const { container } = render(<Disclosure summary="Xem nguồn">{content}</Disclosure>);
    const details = container.querySelector('details')!;
    expect(screen.getByText('Xem nguồn').tagName).toBe('SUMMARY');
    expect(screen.queryByText(/70\.741/)).toBeNull();
    expect(content).not.toHaveBeenCalled();

    toggle(details, true);
    expect(screen.getByText(/70\.741/)).toBeTruthy();

    toggle(details, false);
    // Kept when closed again: a text field keeps its selection, a menu its status.
    expect(screen.getByText(/70\.741/)).toBeTruthy();
  });

  it('passes its class to the details element', () => {
    const { container } = render(
      <Disclosure summary="Chia sẻ" className="share-embed">
        {() => 'x'}
      </Disclosure>,
    );
    expect(container.querySelector('details.share-embed')).not.toBeNull();
  });
});
