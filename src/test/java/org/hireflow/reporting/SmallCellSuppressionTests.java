package org.hireflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * No one can be singled out: every cell under five people is hidden, and no hidden cell
 * can be worked out from the visible cells with the row and column totals. The second is
 * checked here by linear algebra, independently of how the suppression chooses its cells:
 * a hidden cell is given away exactly when its unit vector lies in the span of the
 * totals' equations over the hidden cells.
 */
class SmallCellSuppressionTests {

	@Test
	void every_cell_under_five_people_is_hidden_and_none_of_five_or_more_is_hidden_without_need() {
		long[][] counts = { { 40, 30, 20 }, { 35, 25, 15 }, { 3, 8, 9 }, { 12, 11, 10 } };

		boolean[][] hidden = SmallCellSuppression.of(counts);

		assertThat(hidden[2][0]).as("3 people").isTrue();
		long hiddenCells = count(hidden);
		assertThat(hiddenCells).as("one small cell needs three more to hide it, and no more").isEqualTo(4);
		assertThat(recoverable(counts, hidden)).isEmpty();
	}

	@Test
	void a_lone_small_cell_in_a_row_cannot_be_worked_out_from_the_rows_total() {
		long[][] counts = { { 50, 2 }, { 60, 70 } };

		boolean[][] hidden = SmallCellSuppression.of(counts);

		assertThat(count(hidden)).as("in a 2 × 2 table the whole table hides").isEqualTo(4);
		assertThat(recoverable(counts, hidden)).isEmpty();
	}

	@Test
	void in_thousands_of_random_tables_no_hidden_cell_is_recoverable_from_the_totals() {
		Random random = new Random(16);
		for (int table = 0; table < 3000; table++) {
			int rows = 2 + random.nextInt(7);
			int columns = 2 + random.nextInt(6);
			long[][] counts = new long[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					// many small cells, some large: the shape of a vacancy's funnel by
					// nationality
					counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(7);
				}
			}

			boolean[][] hidden = SmallCellSuppression.of(counts);

			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					if (counts[r][c] < SmallCellSuppression.THRESHOLD) {
						assertThat(hidden[r][c]).isTrue();
					}
				}
			}
			assertThat(recoverable(counts, hidden)).as("table %d", table).isEmpty();
		}
	}

	@Test
	void the_check_itself_finds_a_cell_given_away_by_its_rows_total() {
		long[][] counts = { { 50, 2 }, { 60, 70 } };
		boolean[][] primaryOnly = { { false, true }, { false, false } };

		assertThat(recoverable(counts, primaryOnly)).containsExactly(List.of(0, 1));
	}

	/**
	 * The hidden cells whose value follows from the totals: e_k in the row space of the
	 * equations "hidden cells of row r sum to a known value" and the same for columns.
	 */
	static List<List<Integer>> recoverable(long[][] counts, boolean[][] hidden) {
		int rows = counts.length;
		int columns = counts[0].length;
		List<int[]> cells = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				if (hidden[r][c]) {
					cells.add(new int[] { r, c });
				}
			}
		}
		List<double[]> equations = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			double[] equation = new double[cells.size()];
			for (int k = 0; k < cells.size(); k++) {
				equation[k] = cells.get(k)[0] == r ? 1 : 0;
			}
			equations.add(equation);
		}
		for (int c = 0; c < columns; c++) {
			double[] equation = new double[cells.size()];
			for (int k = 0; k < cells.size(); k++) {
				equation[k] = cells.get(k)[1] == c ? 1 : 0;
			}
			equations.add(equation);
		}
		int rank = rank(equations, cells.size());
		List<List<Integer>> given = new ArrayList<>();
		for (int k = 0; k < cells.size(); k++) {
			List<double[]> with = new ArrayList<>(equations);
			double[] unit = new double[cells.size()];
			unit[k] = 1;
			with.add(unit);
			if (rank(with, cells.size()) == rank) {
				given.add(List.of(cells.get(k)[0], cells.get(k)[1]));
			}
		}
		return given;
	}

	private static int rank(List<double[]> vectors, int width) {
		double[][] m = vectors.stream().map(double[]::clone).toArray(double[][]::new);
		int rank = 0;
		for (int column = 0; column < width && rank < m.length; column++) {
			int pivot = -1;
			for (int r = rank; r < m.length; r++) {
				if (Math.abs(m[r][column]) > 1e-9) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			double[] swap = m[pivot];
			m[pivot] = m[rank];
			m[rank] = swap;
			for (int r = 0; r < m.length; r++) {
				if (r != rank && Math.abs(m[r][column]) > 1e-9) {
					double factor = m[r][column] / m[rank][column];
					for (int c = column; c < width; c++) {
						m[r][c] -= factor * m[rank][c];
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static long count(boolean[][] hidden) {
		long n = 0;
		for (boolean[] row : hidden) {
			for (boolean cell : row) {
				n += cell ? 1 : 0;
			}
		}
		return n;
	}

}
