package org.hireflow.reporting;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Hides every cell of a count table under the threshold ("&lt;5"), then as many more as
 * needed so that no hidden cell can be worked out from the others and the row and column
 * totals (complementary suppression).
 *
 * <p>
 * The rule it keeps: see the hidden cells as edges between their row and their column. A
 * hidden cell is worked out exactly when it is a bridge of that graph — when removing it
 * disconnects its row from its column, the row's (or column's) total minus the visible
 * cells pins it down. So while a hidden cell is a bridge, the cheapest rectangle through
 * it (another row, another column, the fewest people newly hidden) is hidden too, which
 * puts it on a cycle: its value can then move with the others without changing any total.
 */
final class SmallCellSuppression {

	static final int THRESHOLD = 5;

	private SmallCellSuppression() {
	}

	/** Which cells to hide; {@code counts} is rows × columns, at least 2 × 2. */
	static boolean[][] of(long[][] counts) {
		int rows = counts.length;
		int columns = counts[0].length;
		if (rows < 2 || columns < 2) {
			throw new IllegalArgumentException("a table with one row or one column is its own totals");
		}
		boolean[][] hidden = new boolean[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				hidden[r][c] = counts[r][c] < THRESHOLD;
			}
		}
		int[] bridge;
		while ((bridge = aBridge(hidden)) != null) {
			hideRectangleThrough(bridge[0], bridge[1], counts, hidden);
		}
		return hidden;
	}

	/** A hidden cell whose value the totals give away, or {@code null}. */
	static int[] aBridge(boolean[][] hidden) {
		for (int r = 0; r < hidden.length; r++) {
			for (int c = 0; c < hidden[0].length; c++) {
				if (hidden[r][c] && !connectedWithout(hidden, r, c)) {
					return new int[] { r, c };
				}
			}
		}
		return null;
	}

	/**
	 * Whether row {@code row} still reaches column {@code column} through hidden cells
	 * when that one cell is left out.
	 */
	private static boolean connectedWithout(boolean[][] hidden, int row, int column) {
		int rows = hidden.length;
		int columns = hidden[0].length;
		// nodes: rows 0..rows-1, columns rows..rows+columns-1
		boolean[] seen = new boolean[rows + columns];
		Deque<Integer> next = new ArrayDeque<>();
		next.add(row);
		seen[row] = true;
		while (!next.isEmpty()) {
			int node = next.poll();
			if (node < rows) {
				for (int c = 0; c < columns; c++) {
					if (hidden[node][c] && !(node == row && c == column) && !seen[rows + c]) {
						seen[rows + c] = true;
						next.add(rows + c);
					}
				}
			}
			else {
				int c = node - rows;
				for (int r = 0; r < rows; r++) {
					if (hidden[r][c] && !(r == row && c == column) && !seen[r]) {
						seen[r] = true;
						next.add(r);
					}
				}
			}
		}
		return seen[rows + column];
	}

	private static void hideRectangleThrough(int row, int column, long[][] counts, boolean[][] hidden) {
		long best = Long.MAX_VALUE;
		int bestRow = -1;
		int bestColumn = -1;
		for (int r = 0; r < counts.length; r++) {
			for (int c = 0; c < counts[0].length; c++) {
				if (r == row || c == column) {
					continue;
				}
				long cost = cost(counts, hidden, row, c) + cost(counts, hidden, r, column) + cost(counts, hidden, r, c);
				if (cost < best) {
					best = cost;
					bestRow = r;
					bestColumn = c;
				}
			}
		}
		hidden[row][bestColumn] = true;
		hidden[bestRow][column] = true;
		hidden[bestRow][bestColumn] = true;
	}

	/** People newly hidden (plus one per cell, so that fewer cells win a tie). */
	private static long cost(long[][] counts, boolean[][] hidden, int r, int c) {
		return hidden[r][c] ? 0 : counts[r][c] + 1;
	}

}
