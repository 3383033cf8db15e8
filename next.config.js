/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The content index is read from disk at build and request time; bundling it would freeze it.
  serverExternalPackages: ['sharp'],
  images: { formats: ['image/avif', 'image/webp'] },
};

export default nextConfig;
