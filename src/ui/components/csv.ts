// The .csv files the console offers after creating credentials: new users' sign-in details and access keys.

/** One CSV field, quoted only when it holds a comma, a quote or a line break (RFC 4180). */
export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV document from a header row and data rows, with CRLF line ends as RFC 4180 asks. */
export const csvDocument = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

/** The columns of the console's "Download .csv file" for a new user's console sign-in details. */
export const USER_CREDENTIALS_COLUMNS = ['User name', 'Password', 'Console sign-in URL'] as const;

/** The sign-in details of a new user, as the console's download. */
export const userCredentialsCsv = (userName: string, password: string, signInUrl: string): string =>
  csvDocument(USER_CREDENTIALS_COLUMNS, [[userName, password, signInUrl]]);

/** The columns of the console's access key download. */
export const ACCESS_KEY_COLUMNS = ['Access key ID', 'Secret access key'] as const;

/** A new access key as the console's download (the only other place the secret ever appears). */
export const accessKeyCsv = (accessKeyId: string, secretAccessKey: string): string =>
  csvDocument(ACCESS_KEY_COLUMNS, [[accessKeyId, secretAccessKey]]);
