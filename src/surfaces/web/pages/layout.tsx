/**
 * @module surfaces/web/pages/layout
 *
 * The shell every reader page shares: header with navigation and a search
 * box, the link to the page's JSON twin (visible, and as
 * `<link rel="alternate">` for tools), the footer. Everything it needs is
 * served by the app itself: system fonts, one stylesheet, no scripts.
 */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { STYLESHEET_PATH } from '../reader-css.js';

export interface LayoutProps {
  title: string;
  /** The same data as JSON; absent for pages that have no twin (errors). */
  jsonHref?: string;
  /** The twin's media type, when it is not plain JSON (the map's twin is GeoJSON). */
  jsonType?: 'application/json' | 'application/geo+json';
  /** Pre-fills the header's search box. */
  searchQuery?: string;
  children?: Child;
}

/** A constant, not data: hono/jsx has no node for the doctype, and without it browsers fall back to quirks mode. */
const DOCTYPE = raw('<!DOCTYPE html>');

export function Layout({ title, jsonHref, jsonType = 'application/json', searchQuery, children }: LayoutProps) {
  return (
    <>
      {DOCTYPE}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · sitrep`}</title>
          {/* An empty icon: otherwise the browser asks for /favicon.ico on every page. */}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href={STYLESHEET_PATH} />
          {jsonHref ? <link rel="alternate" type={jsonType} href={jsonHref} /> : null}
        </head>
        <body>
          <header class="site">
            <a class="brand" href="/">sitrep</a>
            <nav>
              <a href="/">Articles</a>
              <a href="/search">Search</a>
              <a href="/entities">Entities</a>
              <a href="/map">Map</a>
              <a href="/timeline">Timeline</a>
              <a href="/quotes">Quotes</a>
              <a href="/quantities">Figures</a>
            </nav>
            <form method="get" action="/search" role="search">
              <input type="search" name="q" value={searchQuery ?? ''} placeholder="Search articles" aria-label="Search articles" />
              <button type="submit">Search</button>
            </form>
          </header>
          <main>
            {jsonHref ? (
              <a class="twin" href={jsonHref} title={`this page's data as ${jsonType === 'application/geo+json' ? 'GeoJSON' : 'JSON'}`}>
                {jsonType === 'application/geo+json' ? 'GeoJSON' : 'JSON'}
              </a>
            ) : null}
            {children}
          </main>
          <footer class="site">
            sitrep · a sourced picture of the war from its news coverage · every page has a JSON twin (<a href="/openapi.json">API</a>)
          </footer>
        </body>
      </html>
    </>
  );
}
