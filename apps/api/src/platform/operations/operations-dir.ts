/** The folder under DATA_DIR that holds the result files of long operations, one subfolder per operation. */
export const OPERATIONS_DIR = 'operations';
