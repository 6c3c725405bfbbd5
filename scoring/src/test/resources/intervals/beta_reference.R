#!/usr/bin/env Rscript
# Reference limits of IntervalMethod.BETA: R survey's svyciprop(method = "beta", df = Inf) (Korn and Graubard 1998)
# for every unit and criterion of core's two SIPAS 2017 fixtures, at levels 0.95 and 0.90.
#   Rscript beta_reference.R [output.csv]
# Run from the scoring module's directory; default output src/test/resources/intervals/beta.expected.csv, inputs
# ../core/src/test/resources/fixtures/sipas2017-laocai.csv (unweighted) and sipas2017-laocai-weighted.csv.
# Needs: apt-get install r-base-core r-cran-survey. Produced with R 4.2.2 Patched (2022-11-10 r83330), survey 4.1-1.
#
# The design is the one of shared/tools/sipas_reference.R and shared/docs/estimation.md: each unit's forms,
# svydesign(ids = ~1, weights = ~w), the criterion's index on its valid answers, subset(design, v == 1) (a domain: the
# SE is the svyratio SE over the unit's n forms, n/(n - 1) with-replacement factor). The script checks that
#  - svyciprop's point estimate and variance are svyratio's (to 1e-12),
#  - the whole file's design svydesign(ids = ~1, strata = ~unit, weights = ~w) subset to the unit and its valid answers
#    gives the same limits (to 1e-12), and so does the default df = degf(design) (method = "beta" never reads df),
#  - nrow(subset) - 1 = degf(subset), so survey's factor (qt(alpha/2, nrow - 1) / qt(alpha/2, degf))^2 on n.eff is 1.
# Columns (percent where a proportion; 17 significant digits; empty = NA):
#   fixture, level, unit, id, respondents (forms n), valid, satisfied, value (100 p), se (100 SE), nrow (rows of the
#   subset design), degf (its degrees of freedom), n_eff (p (1 - p) / SE^2 times the factor), r_lower, r_upper (what
#   svyciprop returns; NA where it returns NaN: p = 0 or 1, where n.eff = 0/0), lower, upper (what sipas must give:
#   R's limits, or where R has none the Clopper-Pearson limits on Kish's n* = (sum w v)^2 / sum w^2 v, x* = p n*,
#   lower 0 when x* = 0, upper 1 when x* = n*).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
output <- if (length(args) >= 1) args[1] else "src/test/resources/intervals/beta.expected.csv"
items <- c(paste0("A", 1:4), paste0("B", 1:5), paste0("C", 1:6), paste0("D", 1:3), paste0("E", 1:4))
num <- function(x) ifelse(is.na(x), NA, sprintf("%.17g", as.numeric(x)))
close <- function(a, b) (is.na(a) && is.na(b)) || (!is.na(a) && !is.na(b) && abs(a - b) <= 1e-12)
rows <- list()
for (fixture in c("sipas2017-laocai", "sipas2017-laocai-weighted")) {
  d <- read.csv(file.path("../core/src/test/resources/fixtures", paste0(fixture, ".csv")), colClasses = "character",
                encoding = "UTF-8", check.names = FALSE)
  d <- d[d$unit != "", ]
  d$w <- if ("weight" %in% names(d)) as.numeric(d$weight) else 1
  for (it in items) {
    x <- suppressWarnings(as.integer(d[[it]]))
    d[[paste0("v_", it)]] <- as.numeric(!is.na(x) & x >= 1 & x <= 5)
    d[[paste0("s_", it)]] <- as.numeric(!is.na(x) & x >= 4 & x <= 5)
  }
  full <- svydesign(ids = ~1, strata = ~unit, weights = ~w, data = d)
  for (level in c(0.95, 0.90)) {
    alpha <- 1 - level
    for (u in sort(unique(d$unit))) {
      du <- d[d$unit == u, ]
      n <- nrow(du)
      if (n < 2) stop(sprintf("%s/%s: one form, survey refuses the design", fixture, u))
      des <- svydesign(ids = ~1, weights = ~w, data = du)
      for (it in items) {
        v <- du[[paste0("v_", it)]]; s <- du[[paste0("s_", it)]]
        if (sum(v) == 0) stop(sprintf("%s/%s/%s: no valid answer", fixture, u, it))
        du$v <- v; du$s <- s
        des$variables$v <- v; des$variables$s <- s
        sub <- subset(des, v == 1)
        r <- suppressWarnings(svyciprop(~I(s == 1), sub, method = "beta", level = level, df = Inf))
        p <- as.numeric(coef(r)); var <- as.numeric(attr(r, "var")); ci <- as.numeric(attr(r, "ci"))
        ratio <- svyratio(~s, ~v, des)
        stopifnot(close(p, as.numeric(coef(ratio))), close(var, as.numeric(vcov(ratio))))
        r2 <- suppressWarnings(svyciprop(~I(s == 1), sub, method = "beta", level = level))
        stopifnot(close(ci[1], attr(r2, "ci")[1]), close(ci[2], attr(r2, "ci")[2]))
        full$variables$v <- d[[paste0("v_", it)]]; full$variables$s <- d[[paste0("s_", it)]]
        r3 <- suppressWarnings(svyciprop(~I(s == 1), subset(full, unit == u & v == 1), method = "beta",
                                         level = level, df = Inf))
        stopifnot(close(ci[1], attr(r3, "ci")[1]), close(ci[2], attr(r3, "ci")[2]))
        stopifnot(nrow(sub) - 1 == degf(sub), nrow(sub) == sum(v))
        factor <- (qt(alpha / 2, nrow(sub) - 1) / qt(alpha / 2, degf(sub)))^2
        neff <- p * (1 - p) / var * factor
        ci[is.nan(ci)] <- NA
        lower <- ci[1]; upper <- ci[2]
        if (is.na(lower)) {
          nk <- sum(du$w * v)^2 / sum(du$w^2 * v); xk <- p * nk
          lower <- if (xk <= 0) 0 else qbeta(alpha / 2, xk, nk - xk + 1)
          upper <- if (xk >= nk) 1 else qbeta(1 - alpha / 2, xk + 1, nk - xk)
        }
        rows[[length(rows) + 1]] <- data.frame(
          fixture = fixture, level = level, unit = u, id = it, respondents = n, valid = sum(v), satisfied = sum(s),
          value = num(100 * p), se = num(100 * sqrt(var)), nrow = nrow(sub), degf = degf(sub), n_eff = num(neff),
          r_lower = num(100 * ci[1]), r_upper = num(100 * ci[2]), lower = num(100 * lower),
          upper = num(100 * upper), stringsAsFactors = FALSE)
      }
    }
  }
}
out <- do.call(rbind, rows)
write.csv(out, output, row.names = FALSE, fileEncoding = "UTF-8", na = "", quote = c(1, 3, 4))
cat(sprintf("R %s, survey %s: %d rows written to %s (%d where svyciprop gives no limits)\n",
            paste(R.version$major, R.version$minor, sep = "."), as.character(packageVersion("survey")), nrow(out),
            output, sum(out$r_lower == "" | is.na(out$r_lower))))
