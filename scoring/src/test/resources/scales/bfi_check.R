#!/usr/bin/env Rscript
# Checks sipas against psych and survey on psych's bfi data (2,800 forms, 25 personality items on a 6-point scale).
# Not run by the tests: bfi is psych's (psychTools') data and is not committed. From the repository's root, after
# `mvn -B -ntp -o -q package -DskipTests`:
#   Rscript scoring/src/test/resources/scales/bfi_check.R [examples/target/sipas.jar] [/tmp/sipas-bfi]
# Needs r-cran-psych (and psychTools, where bfi now lives, if installed), r-cran-survey, r-cran-jsonlite, and java.
# Made with R 4.2.2, psych 2.2.9, survey 4.1.1.
#
# It writes to the folder (default /tmp/sipas-bfi): bfi.csv (response_id, unit = education 1..5 or "unknown", age,
# gender, a post-stratification weight, A1..O5 with NA blank), bfi.json (the instrument: elements A, C, E, N, O of five
# items on agree6 = 1..6, satisfied 5 and 6, reverse-keyed A1, C4, C5, E1, E2, O2, O5) and bfi.sipas.json (`sipas
# score --format json`; also bfi-unkeyed.json and its output, the keys left out), then compares, per unit:
#   - per element and for all 25 items: psych::alpha(x, keys = ...) on the complete cases: raw and standardized alpha,
#     Feldt limits, alpha.drop, r.drop, against units[].elements[] and units[].index;
#   - per item: svymean(~factor(x)) over the valid answers (shares, percent), the weighted mean and sd of the keyed code
#     (sipas's definitions) and the index (the weighted share of keyed codes 5 and 6);
# and prints the largest absolute difference of each kind, the element alphas without keys and with them, and the
# warnings of negative item-rest correlations that sipas gives without the keys and with them.
# The weight: the unit's forms post-stratified to an age x gender target (age < 25, 25-39, 40+ with shares 0.3, 0.4,
# 0.3; gender 1:1), weight = target share of the cell / sample share of the cell within the unit.
suppressMessages({ library(psych); library(survey); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
jar <- if (length(args) >= 1) args[1] else "examples/target/sipas.jar"
dir <- if (length(args) >= 2) args[2] else "/tmp/sipas-bfi"
dir.create(dir, showWarnings = FALSE, recursive = TRUE)
b <- if (requireNamespace("psychTools", quietly = TRUE)) psychTools::bfi else psych::bfi
elements <- list(A = paste0("A", 1:5), C = paste0("C", 1:5), E = paste0("E", 1:5), N = paste0("N", 1:5),
                 O = paste0("O", 1:5))
items <- unlist(elements, use.names = FALSE)
reverse <- c("A1", "C4", "C5", "E1", "E2", "O2", "O5")
unit <- ifelse(is.na(b$education), "unknown", paste0("edu", b$education))
age <- cut(b$age, c(-Inf, 24, 39, Inf), labels = c("<25", "25-39", "40+"))
cell <- paste(age, b$gender)
target <- c("<25" = 0.3, "25-39" = 0.4, "40+" = 0.3)
w <- numeric(nrow(b))
for (u in unique(unit)) {
  i <- unit == u
  share <- table(cell[i]) / sum(i)
  w[i] <- target[as.character(age[i])] * 0.5 / as.vector(share[cell[i]])
}
w <- as.numeric(sprintf("%.10f", w))   # the weights as written to the CSV and read by sipas
d <- data.frame(response_id = sprintf("B%04d", seq_len(nrow(b))), unit = unit, age = b$age, gender = b$gender,
                weight = sprintf("%.10f", w), stringsAsFactors = FALSE)
for (it in items) d[[it]] <- ifelse(is.na(b[[it]]), "", as.character(b[[it]]))
write.csv(d, file.path(dir, "bfi.csv"), row.names = FALSE, quote = FALSE)
t <- function(vi, en) list(vi = vi, en = en)
labels <- c("Very inaccurate", "Moderately inaccurate", "Slightly inaccurate", "Slightly accurate",
            "Moderately accurate", "Very accurate")
names_el <- c(A = "Agreeableness", C = "Conscientiousness", E = "Extraversion", N = "Neuroticism", O = "Openness")
survey_json <- list(
  id = "bfi", version = "psych 2.2.9", title = t("Big Five (bfi)", "Big Five (bfi)"),
  source = list(document = "psych::bfi (IPIP, SAPA project)", confidence = "inferred"),
  scales = list(list(id = "agree6", title = t("Mức độ đúng", "Accuracy"),
                     points = lapply(1:6, function(k) list(code = k, label = t(labels[k], labels[k]))),
                     satisfied = c(5, 6))),
  elements = lapply(names(elements), function(e) list(id = e, title = t(names_el[[e]], names_el[[e]]))),
  items = lapply(items, function(it) {
    x <- list(id = it, element = substr(it, 1, 1), scale = "agree6", text = t(it, it))
    if (it %in% reverse) x$reverse <- TRUE
    x
  }))
writeLines(toJSON(survey_json, auto_unbox = TRUE, pretty = TRUE), file.path(dir, "bfi.json"))
unkeyed <- survey_json
unkeyed$items <- lapply(unkeyed$items, function(x) { x$reverse <- NULL; x })
writeLines(toJSON(unkeyed, auto_unbox = TRUE, pretty = TRUE), file.path(dir, "bfi-unkeyed.json"))
score <- function(instrument, out) {
  status <- system2("java", c("-jar", jar, "score", "--survey", file.path(dir, instrument), "--responses",
                              file.path(dir, "bfi.csv"), "--format", "json"), stdout = file.path(dir, out))
  if (status != 0) stop("sipas score failed with status ", status)
  fromJSON(file.path(dir, out), simplifyVector = FALSE)
}
s <- score("bfi.json", "bfi.sipas.json")
s0 <- score("bfi-unkeyed.json", "bfi-unkeyed.sipas.json")
num <- function(x) if (is.null(x)) NaN else as.numeric(x)
worst <- list()
note <- function(kind, diff) worst[[kind]] <<- max(c(worst[[kind]], abs(as.numeric(unlist(diff)))))
for (x in items) b[[x]] <- as.numeric(b[[x]])
units <- sort(unique(unit))
for (su in s$units) {
  u <- su$unit
  i <- unit == u
  x <- b[i, items]
  wu <- w[i]
  scale_check <- function(its, got) {
    m <- x[, its]
    ok <- complete.cases(m)
    keys <- intersect(reverse, its)
    r <- suppressWarnings(suppressMessages(psych::alpha(m[ok, ], keys = keys, check.keys = FALSE, warnings = FALSE)))
    note("alpha", r$total$raw_alpha - num(got$alpha))
    note("std alpha", r$total$std.alpha - num(got$standardizedAlpha))
    note("Feldt limits", r$feldt$lower.ci - num(got$alphaLower))
    note("Feldt limits", r$feldt$upper.ci - num(got$alphaUpper))
    note("forms", sum(ok) - got$alphaForms)
    note("alpha if deleted", r$alpha.drop$raw_alpha - sapply(got$alphaIfDeleted, num))
    note("item-rest r", r$item.stats$r.drop - sapply(got$itemRest, num))
  }
  for (e in su$elements) scale_check(elements[[e$id]], e)
  scale_check(items, su$index)
  des <- svydesign(ids = ~1, weights = ~wu, data = data.frame(x, wu = wu))
  for (it in su$items) {
    v <- x[[it$id]]
    ok <- !is.na(v)
    y <- if (it$id %in% reverse) 7 - v else v
    sub <- subset(des, !is.na(des$variables[[it$id]]))
    sub$variables$fx <- factor(sub$variables[[it$id]], levels = 1:6)
    note("shares", 100 * as.vector(coef(svymean(~fx, sub))) - sapply(it$shares, num))
    mw <- sum(wu[ok] * y[ok]) / sum(wu[ok])
    n <- sum(ok)
    note("mean", mw - num(it$mean))
    note("sd", sqrt(n / (n - 1) * sum(wu[ok] * (y[ok] - mw)^2) / sum(wu[ok])) - num(it$sd))
    note("index", 100 * sum(wu[ok] * (y[ok] >= 5)) / sum(wu[ok]) - num(it$value))
    note("counts", as.vector(table(factor(v[ok], levels = 1:6))) - unlist(it$counts))
  }
}
cat(sprintf("R %s, psych %s, survey %s; sipas on %d forms in %d units (%s)\n",
            paste(R.version$major, R.version$minor, sep = "."), packageVersion("psych"), packageVersion("survey"),
            nrow(b), length(s$units), paste(units, collapse = ", ")))
for (k in names(worst)) cat(sprintf("  largest |difference|, %-16s %.3g\n", k, worst[[k]]))
cat("Element alphas without keys (psych::alpha, all forms, complete cases), and with them:\n")
for (e in names(elements)) {
  m <- b[complete.cases(b[, elements[[e]]]), elements[[e]]]
  a0 <- suppressWarnings(psych::alpha(m, check.keys = FALSE, warnings = FALSE))$total$raw_alpha
  a1 <- suppressWarnings(psych::alpha(m, keys = intersect(reverse, elements[[e]]), warnings = FALSE))$total$raw_alpha
  cat(sprintf("  %s: %.3f without keys, %.3f with\n", e, a0, a1))
}
warnings <- function(what, r) {
  cat(sprintf("sipas warns, %s:%s\n", what, if (length(r$negativeItems) == 0) " of no item" else ""))
  for (n in r$negativeItems) cat("  ", n$message, "\n")
}
warnings("without the keys", s0)
warnings("with the keys", s)
