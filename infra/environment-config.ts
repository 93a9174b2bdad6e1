/** The AWS account and region the CDK CLI resolved (defaults to eu-west-3 when it has none). */
export function deployEnvironment(): { account: string | undefined; region: string } {
  return { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-3' };
}

/** Bundle-time constants of every function: React and friends take their production paths. */
export const productionDefines: Record<string, string> = {
  'process.env.NODE_ENV': JSON.stringify('production'),
};
