package org.marsad.bench;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Truncated SVD of a sparse square matrix by the randomized range finder of Halko, Martinsson and
 * Tropp (2011, algorithms 4.4 and 5.1): sample the range with a Gaussian block, a few power
 * iterations with re-orthonormalisation, then the exact SVD of the small projected matrix. Only the
 * last step (an l x l symmetric eigenproblem) uses a library, commons-math3's
 * {@link EigenDecomposition}: no maintained Java library on Maven Central offers a truncated SVD of
 * a sparse matrix without native code (bench/RESULTS.md, session 25).
 */
final class RandomizedSvd {
  private static final int OVERSAMPLING = 10;

  private RandomizedSvd() {}

  /**
   * The rows of U_k * S_k^eig of the n x n matrix given by its non-zeros (rows[i], cols[i],
   * vals[i]), each row scaled to unit length.
   */
  static float[][] leftVectors(int n, int[] rows, int[] cols, float[] vals, int k, int power, double eig, long seed) {
    int l = k + OVERSAMPLING;
    Random random = new Random(seed);
    float[][] omega = new float[n][l];
    for (float[] r : omega) for (int j = 0; j < l; j++) r[j] = (float) random.nextGaussian();
    float[][] y = times(n, rows, cols, vals, omega, l, false);
    for (int it = 0; it < power; it++) {
      orthonormalise(y, l);
      float[][] z = times(n, rows, cols, vals, y, l, true);
      orthonormalise(z, l);
      y = times(n, rows, cols, vals, z, l, false);
    }
    orthonormalise(y, l); // Q, n x l
    float[][] bt = times(n, rows, cols, vals, y, l, true); // (Q^T M)^T = M^T Q, n x l
    double[][] c = new double[l][l]; // B B^T
    for (float[] r : bt) {
      for (int a = 0; a < l; a++) {
        if (r[a] == 0) continue;
        for (int b = a; b < l; b++) c[a][b] += (double) r[a] * r[b];
      }
    }
    for (int a = 0; a < l; a++) for (int b = 0; b < a; b++) c[a][b] = c[b][a];
    EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
    double[] lambda = e.getRealEigenvalues();
    RealMatrix w = e.getV();
    Integer[] order = new Integer[l];
    for (int i = 0; i < l; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Double.compare(lambda[b], lambda[a]));
    float[][] out = new float[n][k];
    for (int j = 0; j < k; j++) {
      int col = order[j];
      double scale = Math.pow(Math.sqrt(Math.max(lambda[col], 0)), eig);
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int a = 0; a < l; a++) s += y[i][a] * w.getEntry(a, col);
        out[i][j] = (float) (s * scale);
      }
    }
    for (float[] r : out) WordAssociationBuilder.normalise(r);
    return out;
  }

  /** M x (or M^T x when transposed) for a dense n x l block x. */
  private static float[][] times(int n, int[] rows, int[] cols, float[] vals, float[][] x, int l, boolean transposed) {
    float[][] out = new float[n][l];
    for (int i = 0; i < rows.length; i++) {
      float[] to = out[transposed ? cols[i] : rows[i]];
      float[] from = x[transposed ? rows[i] : cols[i]];
      float v = vals[i];
      for (int j = 0; j < l; j++) to[j] += v * from[j];
    }
    return out;
  }

  /** Modified Gram-Schmidt on the l columns of an n x l row-major block, in place. */
  private static void orthonormalise(float[][] m, int l) {
    int n = m.length;
    double[][] col = new double[l][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < l; j++) col[j][i] = m[i][j];
    for (int j = 0; j < l; j++) {
      for (int p = 0; p < j; p++) {
        double d = 0;
        for (int i = 0; i < n; i++) d += col[j][i] * col[p][i];
        for (int i = 0; i < n; i++) col[j][i] -= d * col[p][i];
      }
      double norm = 0;
      for (int i = 0; i < n; i++) norm += col[j][i] * col[j][i];
      norm = Math.sqrt(norm);
      for (int i = 0; i < n; i++) col[j][i] = norm == 0 ? 0 : col[j][i] / norm;
    }
    for (int i = 0; i < n; i++) for (int j = 0; j < l; j++) m[i][j] = (float) col[j][i];
  }
}
