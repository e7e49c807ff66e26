/** What a newly booked receipt (or reversal entry) starts with: nobody has signed it, no file, reverses nothing. */
export const FRESH_RECEIPT = {
  factualBy: null,
  factualAt: null,
  arithmeticBy: null,
  arithmeticAt: null,
  reversesId: null,
  fileName: null,
  fileType: null,
  fileSize: null,
  fileKey: null,
} as const;
