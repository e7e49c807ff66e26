import type { AppProps } from 'next/app';
import '@/app/globals.css';

/** The Pages Router's frame: only the public pages that ship without the Next runtime live here (src/pages). */
export default function PublicPagesApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
