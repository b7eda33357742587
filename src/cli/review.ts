/** casefile review: placeholder until its issue lands. */
export async function run(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('casefile review: not implemented yet\n');
  return 1;
}
