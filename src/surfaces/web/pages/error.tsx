/**
 * @module surfaces/web/pages/error
 */
export function errorPage(status: number, message: string) {
  return (
    <html lang="en">
      <head><title>{`${status} · sitrep`}</title></head>
      <body><h1>{status}</h1><p>{message}</p></body>
    </html>
  );
}
