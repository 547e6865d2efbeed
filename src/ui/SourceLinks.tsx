/** Where a fact comes from: each URL as a link named by its site ("docs.docker.com"). */
export function SourceLinks({ urls }: { urls: readonly string[] }) {
  return urls.map((url, i) => (
    <span key={url}>
      {i > 0 && ', '}
      <a href={url} target="_blank" rel="noreferrer noopener">
        {new URL(url).hostname.replace(/^www\./, '')}
      </a>
    </span>
  ));
}
