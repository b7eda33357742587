/** casefile crawl: placeholder until its issue lands. */
export async function run(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('casefile crawl: not implemented yet\n');
  return 1;
}
