#!/usr/bin/env Rscript
# Writes scales.csv, the synthetic fixture of ScalesReferenceTest (instrument scales.json), from a fixed seed:
#   Rscript generate_fixture.R [output.csv]        (default: scales.csv next to this script, run from scoring/)
# Made with R 4.2.2; base R only. 400 forms in three units (U1 150, U2 130, U3 120) with gender and age group, a
# post-stratification weight per form (the unit's population share of its gender x age cell over the cell's sample
# share), and answers to 13 criteria and one perception question:
#   P1..P5 (6-point agree6, P2 and P4 worded the other way), Q1..Q4 (agree6, Q3 the other way),
#   R1..R4 (4-point sat4, R2 the other way), N1 (perception, sat4).
# Each element's answers follow a latent factor per form (P and Q share part of theirs), rounded and clipped to the
# scale; an item worded the other way is written mirrored (lowest + highest - code). About 3 % of answers are blank
# and 2 % are 0 (don't know).
set.seed(20261208)
args <- commandArgs(trailingOnly = TRUE)
output <- if (length(args) >= 1) args[1] else "src/test/resources/scales/scales.csv"
sizes <- c(U1 = 150, U2 = 130, U3 = 120)
shift <- c(U1 = 0.3, U2 = 0, U3 = -0.4)
ages <- c("18-34", "35-59", "60+")
rows <- list()
id <- 0
for (u in names(sizes)) {
  n <- sizes[[u]]
  gender <- sample(c("Nam", "Nữ"), n, replace = TRUE, prob = c(0.4, 0.6))
  age <- sample(ages, n, replace = TRUE, prob = c(0.2, 0.5, 0.3))
  cell <- paste(gender, age)
  # population shares of the cells in this unit, against which the sample is post-stratified
  pop <- setNames(as.vector(prop.table(runif(6, 0.5, 1.5))), paste(rep(c("Nam", "Nữ"), each = 3), ages))
  sample_share <- prop.table(table(cell))
  w <- as.vector(pop[cell] / sample_share[cell])
  g <- rnorm(n, shift[[u]], 1)
  fp <- g + rnorm(n, 0, 0.6)
  fq <- 0.6 * g + rnorm(n, 0, 0.8)
  fr <- rnorm(n, shift[[u]] / 2, 1)
  six <- function(f, loading, reverse) {
    x <- pmin(6, pmax(1, round(3.6 + loading * f + rnorm(n, 0, 0.9))))
    if (reverse) 7 - x else x
  }
  four <- function(f, loading, reverse) {
    x <- pmin(4, pmax(1, round(2.6 + loading * f + rnorm(n, 0, 0.7))))
    if (reverse) 5 - x else x
  }
  d <- data.frame(response_id = sprintf("F%04d", id + seq_len(n)), unit = u, gender = gender, age_group = age,
                  weight = sprintf("%.6f", w), stringsAsFactors = FALSE)
  id <- id + n
  d$P1 <- six(fp, 1.1, FALSE); d$P2 <- six(fp, 0.9, TRUE); d$P3 <- six(fp, 1.2, FALSE)
  d$P4 <- six(fp, 0.7, TRUE); d$P5 <- six(fp, 1.0, FALSE)
  d$Q1 <- six(fq, 1.0, FALSE); d$Q2 <- six(fq, 1.1, FALSE); d$Q3 <- six(fq, 0.9, TRUE); d$Q4 <- six(fq, 0.8, FALSE)
  d$R1 <- four(fr, 0.8, FALSE); d$R2 <- four(fr, 0.7, TRUE); d$R3 <- four(fr, 0.9, FALSE)
  d$R4 <- four(fr, 0.6, FALSE)
  d$N1 <- sample(1:4, n, replace = TRUE, prob = c(0.1, 0.3, 0.4, 0.2))
  rows[[u]] <- d
}
d <- do.call(rbind, rows)
items <- c(paste0("P", 1:5), paste0("Q", 1:4), paste0("R", 1:4), "N1")
for (it in items) {
  r <- runif(nrow(d))
  x <- as.character(d[[it]])
  x[r < 0.03] <- ""
  x[r >= 0.03 & r < 0.05] <- "0"
  d[[it]] <- x
}
write.csv(d, output, row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
cat(sprintf("%d forms written to %s\n", nrow(d), output))
