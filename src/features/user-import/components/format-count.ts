const counts = new Intl.NumberFormat('en-US');

/** 12,345 */
export const formatCount = (n: number) => counts.format(n);
