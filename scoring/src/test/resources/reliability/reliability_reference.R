#!/usr/bin/env Rscript
# Reference reliability statistics for ReliabilityTest, computed with R's psych package.
#   Rscript reliability_reference.R [input.csv] [output.csv]
# Defaults: core/src/test/resources/fixtures/sipas2017-laocai.csv -> sipas2017-laocai.reliability.csv (next to this
# script), paths relative to the scoring module. Needs: apt-get install r-base-core r-cran-psych
# Produced with R 4.2.2 Patched (2022-11-10 r83330) and psych 2.2.9 (Debian r-cran-psych).
#
# For each unit and element (A = A1..A4, B = B1..B5, C = C1..C6, D = D1..D3, E = E1..E4) the complete cases are taken
# (a valid answer 1..5 to every item of the element; 0 = don't know and blank = unanswered are missing), and
# psych::alpha is run on them. Output: one row per (unit, element, item), the element's figures repeated on each of its
# items' rows:
#   unit, element, m (complete forms), k (items), raw_alpha ($total$raw_alpha), std_alpha ($total$std.alpha),
#   feldt_lower, feldt_upper ($feldt$lower.ci / $feldt$upper.ci, psych's internal alpha.ci with p.val = 0.05, i.e.
#   level 0.95), item, alpha_if_deleted ($alpha.drop$raw_alpha), item_rest_r ($item.stats$r.drop).
# Numbers are written with 17 significant digits.
suppressMessages(library(psych))
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "../core/src/test/resources/fixtures/sipas2017-laocai.csv"
output <- if (length(args) >= 2) args[2] else "src/test/resources/reliability/sipas2017-laocai.reliability.csv"
d <- read.csv(input, colClasses = "character", encoding = "UTF-8", check.names = FALSE)
d <- d[d$unit != "", ]
elements <- list(A = paste0("A", 1:4), B = paste0("B", 1:5), C = paste0("C", 1:6), D = paste0("D", 1:3),
                 E = paste0("E", 1:4))
code <- function(v) { x <- suppressWarnings(as.integer(v)); ifelse(!is.na(x) & x >= 1 & x <= 5, x, NA) }
num <- function(x) sprintf("%.17g", as.numeric(x))
rows <- list()
for (u in sort(unique(d$unit))) {
  du <- d[d$unit == u, ]
  for (e in names(elements)) {
    its <- elements[[e]]
    x <- as.data.frame(lapply(its, function(it) code(du[[it]])))
    names(x) <- its
    x <- x[complete.cases(x), , drop = FALSE]
    m <- nrow(x)
    k <- ncol(x)
    # psych deletes items without variance (and cannot keep them), and needs m >= 2 and a varying total; the library's
    # definitions differ there (see Reliability's Javadoc), so such cases are not psych references.
    if (m < 2 || any(apply(x, 2, var) == 0)) stop(sprintf("%s/%s: m = %d or an item without variance", u, e, m))
    r <- suppressWarnings(suppressMessages(psych::alpha(x, check.keys = FALSE, warnings = FALSE)))
    stopifnot(r$nvar == k, all(r$item.stats$n == m))
    rows[[length(rows) + 1]] <- data.frame(
      unit = u, element = e, m = m, k = k,
      raw_alpha = num(r$total$raw_alpha), std_alpha = num(r$total$std.alpha),
      feldt_lower = num(r$feldt$lower.ci), feldt_upper = num(r$feldt$upper.ci),
      item = its, alpha_if_deleted = num(r$alpha.drop$raw_alpha), item_rest_r = num(r$item.stats$r.drop),
      stringsAsFactors = FALSE)
  }
}
out <- do.call(rbind, rows)
write.csv(out, output, row.names = FALSE, fileEncoding = "UTF-8", quote = c(1, 2, 9))
cat(sprintf("R %s, psych %s: %d rows written to %s\n", paste(R.version$major, R.version$minor, sep = "."),
            as.character(packageVersion("psych")), nrow(out), output))
