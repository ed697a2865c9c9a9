/**
 * Loaded with `node --import` before a tool, to print the most memory the process ever held, in
 * kilobytes, as its last line on stderr: tests bound the tool's memory with it.
 */
process.on('exit', () => {
  process.stderr.write(`max RSS: ${process.resourceUsage().maxRSS} KB\n`);
});
