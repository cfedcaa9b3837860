/** The version of this copy of Bridgeway; registration compares it with other copies on the page. */
export const VERSION = '0.1.0';
