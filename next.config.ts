import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No telemetry, no remote fonts or images: nothing may be fetched at build or run time.
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
