/** A markdown table of the given columns of each row. */
export function table(rows, columns) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((row) => line(columns.map((c) => row[c])))].join(
    '\n',
  );
}
