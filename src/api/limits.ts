/** A request that has not finished after this long is abandoned as a timeout. */
export const DATASET_TIMEOUT_MS = 15_000;
/** Larger files are refused before parsing: real datasets are a few KB. */
export const DATASET_MAX_BYTES = 1_000_000;
