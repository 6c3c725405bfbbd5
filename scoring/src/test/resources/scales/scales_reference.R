#!/usr/bin/env Rscript
# Reference figures for ScalesReferenceTest, computed with R's psych and survey packages.
#   Rscript scales_reference.R [input.csv] [output.csv]     (run from scoring/)
# Defaults: scales.csv -> scales.reference.csv, both next to this script. Needs: apt-get install r-base-core
# r-cran-psych r-cran-survey. Produced with R 4.2.2 Patched (2022-11-10 r83330), psych 2.2.9 and survey 4.1.1.
#
# The instrument is scales.json: elements P = P1..P5 and Q = Q1..Q4 on agree6 (1..6, satisfied 5, 6), R = R1..R4 on
# sat4 (1..4, satisfied 3, 4); reverse-keyed P2, P4, Q3, R2; N1 a perception question on sat4. 0 (don't know) and blank
# are not valid answers. Per unit:
#   - scope "element" (id P, Q, R) and "instrument" (id *, all 13 criteria): psych::alpha(x, keys = the reverse-keyed
#     items, check.keys = FALSE, warnings = FALSE) on the complete cases (a valid answer to every item), unweighted:
#     m (complete forms), raw_alpha ($total$raw_alpha), std_alpha ($total$std.alpha), feldt_lower and feldt_upper
#     ($feldt, level 0.95), and per item alpha_drop ($alpha.drop$raw_alpha) and r_drop ($item.stats$r.drop);
#   - scope "item" (id the criterion): over its valid answers, with weights, the keyed code y (lowest + highest - code
#     for a reverse-keyed item): mean = sum(w y) / sum(w), sd = sqrt(n / (n - 1) * sum(w (y - mean)^2) / sum(w)), value
#     = 100 * svymean of the indicator of a satisfied keyed code, and share_k = 100 * svymean(~factor(x)) of the raw
#     code k (what the respondent ticked), on svydesign(ids = ~1, weights = ~weight) subset to the valid answers;
#   - scope "option" (id N1): share_k = 100 * svymean(~factor(N1)) over the forms that answered it.
# One row per figure: unit, scope, id, item (blank for a scale's own figures), figure, value (17 significant digits).
suppressMessages({ library(psych); library(survey) })
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "src/test/resources/scales/scales.csv"
output <- if (length(args) >= 2) args[2] else "src/test/resources/scales/scales.reference.csv"
d <- read.csv(input, colClasses = "character", encoding = "UTF-8", check.names = FALSE)
d$w <- as.numeric(d$weight)
elements <- list(P = paste0("P", 1:5), Q = paste0("Q", 1:4), R = paste0("R", 1:4))
top <- c(P = 6, Q = 6, R = 4)
reverse <- c("P2", "P4", "Q3", "R2")
items <- unlist(elements, use.names = FALSE)
highest <- setNames(rep(top, lengths(elements)), items)
code <- function(v, hi) { x <- suppressWarnings(as.integer(v)); ifelse(!is.na(x) & x >= 1 & x <= hi, x, NA) }
for (it in items) d[[it]] <- code(d[[it]], highest[[it]])
d$N1 <- code(d$N1, 4)
num <- function(x) sprintf("%.17g", as.numeric(x))
rows <- list()
add <- function(u, scope, id, item, figure, value) {
  rows[[length(rows) + 1]] <<- data.frame(unit = u, scope = scope, id = id, item = item, figure = figure,
                                          value = num(value), stringsAsFactors = FALSE)
}
scale_figures <- function(u, du, scope, id, its) {
  x <- du[, its, drop = FALSE]
  x <- x[complete.cases(x), , drop = FALSE]
  if (nrow(x) < 2 || any(apply(x, 2, var) == 0)) stop(sprintf("%s/%s: too few forms or an item without variance", u, id))
  keys <- intersect(reverse, its)
  r <- suppressWarnings(suppressMessages(psych::alpha(x, keys = if (length(keys)) keys else NULL,
                                                      check.keys = FALSE, warnings = FALSE)))
  stopifnot(r$nvar == length(its), all(r$item.stats$n == nrow(x)))
  add(u, scope, id, "", "m", nrow(x))
  add(u, scope, id, "", "raw_alpha", r$total$raw_alpha)
  add(u, scope, id, "", "std_alpha", r$total$std.alpha)
  add(u, scope, id, "", "feldt_lower", r$feldt$lower.ci)
  add(u, scope, id, "", "feldt_upper", r$feldt$upper.ci)
  for (i in seq_along(its)) {
    add(u, scope, id, its[i], "alpha_drop", r$alpha.drop$raw_alpha[i])
    add(u, scope, id, its[i], "r_drop", r$item.stats$r.drop[i])
  }
}
for (u in sort(unique(d$unit))) {
  du <- d[d$unit == u, ]
  des <- svydesign(ids = ~1, weights = ~w, data = du)
  for (e in names(elements)) scale_figures(u, du, "element", e, elements[[e]])
  scale_figures(u, du, "instrument", "*", items)
  for (it in items) {
    hi <- highest[[it]]
    ok <- !is.na(du[[it]])
    y <- if (it %in% reverse) 1 + hi - du[[it]] else du[[it]]
    w <- du$w[ok]; yv <- y[ok]; n <- sum(ok)
    m <- sum(w * yv) / sum(w)
    add(u, "item", it, "", "mean", m)
    add(u, "item", it, "", "sd", sqrt(n / (n - 1) * sum(w * (yv - m)^2) / sum(w)))
    sub <- subset(des, !is.na(du[[it]]))
    sub$variables$fx <- factor(sub$variables[[it]], levels = 1:hi)
    sub$variables$sat <- as.numeric((if (it %in% reverse) 1 + hi - sub$variables[[it]] else sub$variables[[it]])
                                    >= hi - 1)
    add(u, "item", it, "", "value", 100 * coef(svymean(~sat, sub)))
    shares <- coef(svymean(~fx, sub))
    for (k in 1:hi) add(u, "item", it, "", paste0("share_", k), 100 * shares[[k]])
  }
  sub <- subset(des, !is.na(du$N1))
  sub$variables$fx <- factor(sub$variables$N1, levels = 1:4)
  shares <- coef(svymean(~fx, sub))
  for (k in 1:4) add(u, "option", "N1", "", paste0("share_", k), 100 * shares[[k]])
}
out <- do.call(rbind, rows)
write.csv(out, output, row.names = FALSE, fileEncoding = "UTF-8")
cat(sprintf("R %s, psych %s, survey %s: %d rows written to %s\n", paste(R.version$major, R.version$minor, sep = "."),
            as.character(packageVersion("psych")), as.character(packageVersion("survey")), nrow(out), output))
