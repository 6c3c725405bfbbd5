package io.github.sipas.scoring.uncertainty;

import java.util.Arrays;

/**
 * A plain transcription, for tests, of csranks' {@code csranks_simul} (R/ranks.R) and {@code csdiffmeans}
 * (R/diffmeans.R), danielwilhelm/R-CS-ranks, with p × p matrices as in R: the oracle that {@link RankSets}' pair lists,
 * grouped maxima and counts must agree with, given the same bootstrap draws. The one change from R is the one
 * {@link RankSets} documents: every step reuses the draws {@code z} instead of drawing anew.
 */
final class CsranksOracle {

    private CsranksOracle() {
    }

    /** {L, U} of {@code csranks_simul(x, diag(se^2), coverage, cstype, stepdown, indices)}; z[j][b] are the draws. */
    static int[][] csranksSimul(double[] x, double[] se, RankSetType cstype, boolean stepdown, double coverage,
            int[] indices, double[][] z) {
        int p = x.length;
        // switching cause lower rank is associated with higher values in x
        String csdifftype = switch (cstype) {
            case LOWER -> "upper";
            case UPPER -> "lower";
            case TWO_SIDED -> "symmetric";
        };
        double[][][] lu = csdiffmeans(x, se, coverage, indices, csdifftype, stepdown, z);
        double[][] l = lu[0];
        double[][] u = lu[1];
        int[][] out = new int[2][indices.length];
        for (int a = 0; a < indices.length; a++) {
            int i = indices[a];
            int nplus = 0;
            int nminus = 0;
            for (int k = 0; k < p; k++) {
                if (l[i][k] > 0) {
                    nplus++; // NaN > 0 is false, as na.rm = TRUE
                }
                if (stepdown && cstype == RankSetType.TWO_SIDED) {
                    if (l[k][i] > 0) {
                        nminus++;
                    }
                } else if (u[i][k] < 0) {
                    nminus++;
                }
            }
            out[0][a] = nminus + 1;
            out[1][a] = p - nplus;
        }
        return out;
    }

    static double[][][] csdiffmeans(double[] x, double[] se, double coverage, int[] indices, String type,
            boolean stepdown, double[][] z) {
        int p = x.length;
        int r = z.length == 0 ? 0 : z[0].length;
        double[][] thetadiff = new double[p][p];
        double[][] sigmadiff = new double[p][p];
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                thetadiff[j][k] = x[j] - x[k];
                sigmadiff[j][k] = Math.sqrt(se[j] * se[j] + se[k] * se[k]);
            }
        }
        double[][] chatL = new double[p][p];
        double[][] chatU = new double[p][p];
        // initialize_I0
        boolean[][] i0 = new boolean[p][p];
        boolean[] in = new boolean[p];
        for (int i : indices) {
            in[i] = true;
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                i0[j][k] = in[j] || (stepdown && type.equals("symmetric") && in[k]);
            }
            i0[j][j] = false;
        }
        if (stepdown && type.equals("symmetric")) {
            type = "lower";
        }
        boolean[][] i1 = copy(i0);
        boolean[][] istar = copy(i0);
        boolean anyrejections = true;
        while (anyrejections) {
            double[] stat = new double[r];
            for (int b = 0; b < r; b++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < p; j++) {
                    for (int k = 0; k < p; k++) {
                        if (i1[j][k]) {
                            double v = (z[j][b] - z[k][b]) / sigmadiff[j][k];
                            double f = type.equals("lower") ? v : type.equals("upper") ? -v : Math.abs(v);
                            m = Math.max(m, f);
                        }
                    }
                }
                stat[b] = m;
            }
            double q = quantile(stat, coverage);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    if (type.equals("lower")) {
                        if (i1[j][k]) {
                            chatL[j][k] = thetadiff[j][k] - sigmadiff[j][k] * q;
                        }
                        chatU[j][k] = Double.POSITIVE_INFINITY;
                    } else if (type.equals("upper")) {
                        chatL[j][k] = Double.NEGATIVE_INFINITY;
                        if (i1[j][k]) {
                            chatU[j][k] = thetadiff[j][k] + sigmadiff[j][k] * q;
                        }
                    } else if (i1[j][k]) {
                        chatL[j][k] = thetadiff[j][k] - sigmadiff[j][k] * q;
                        chatU[j][k] = thetadiff[j][k] + sigmadiff[j][k] * q;
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    if (chatU[j][k] < 0 || chatL[j][k] > 0) {
                        i1[j][k] = false;
                    }
                }
            }
            if (stepdown) {
                int s1 = count(i1);
                if (s1 == count(i0) || s1 == 0) {
                    anyrejections = false;
                } else {
                    i0 = copy(i1);
                }
            } else {
                anyrejections = false;
            }
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                if (!istar[j][k]) {
                    chatL[j][k] = Double.NaN;
                    chatU[j][k] = Double.NaN;
                }
            }
        }
        return new double[][][] {chatL, chatU};
    }

    /** R's quantile(x, probs), type 7. */
    static double quantile(double[] x, double prob) {
        double[] s = x.clone();
        Arrays.sort(s);
        double index = 1 + (s.length - 1) * prob;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double h = index - lo;
        return h == 0 ? s[lo - 1] : (1 - h) * s[lo - 1] + h * s[hi - 1];
    }

    private static boolean[][] copy(boolean[][] m) {
        boolean[][] c = new boolean[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static int count(boolean[][] m) {
        int n = 0;
        for (boolean[] row : m) {
            for (boolean v : row) {
                n += v ? 1 : 0;
            }
        }
        return n;
    }
}
