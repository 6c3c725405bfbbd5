/**
 * SIPAS indices per unit: item, element and overall indices with Taylor-linearized standard errors, confidence
 * intervals, design effects and summaries, computed in one pass over the responses from mergeable sums. The estimators
 * are those of the project's {@code estimation.md}, checked against R's {@code survey} and {@code psych} packages.
 */
package io.github.sipas.scoring;
