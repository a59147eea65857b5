/** The one IndexedDB database's name (its own module: the panel's first paint reads it raw). */
export const DB_NAME = 'dealbrief';
