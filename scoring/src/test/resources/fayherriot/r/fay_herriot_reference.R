#!/usr/bin/env Rscript
# Reference figures for FayHerriotTest: the Fay-Herriot area-level model fitted by REML, written here from the formulas
# (NOT with the sae package, which could not be installed on the machine that made these files: it is neither in
# Debian nor reachable from CRAN there), plus an independent check of the REML fit with metafor::rma (metafor 3.8-1).
# The Java tests only read the CSV files this script writes; they do not need R.
#
#   Rscript src/test/resources/fayherriot/r/fay_herriot_reference.R        (from the scoring module's directory)
#
# Made with R 4.2.2 Patched (2022-11-10 r83330), metafor 3.8-1 (Debian r-cran-metafor).
#
# 1. Data (fayherriot/districts.csv): 30 synthetic districts, set.seed(2024); true satisfaction share p_i between
#    0.78 and 0.995 related to a covariate x_i (share of applications filed online); n_i forms (12 to 400); the direct
#    index is 100 * (satisfied / n_i) and its SE 100 * sqrt(p(1 - p)/n_i). Three districts have every form satisfied
#    (an index of 100, SE 0): D07 (350 forms) is set so below, D09 (18 forms) and D12 (36 forms) are so by chance. They
#    exercise the floor of the SE and the add-half proportion on the logit and arcsine scales.
# 2. Model, as sae::eblupFH documents it (Molina & Marhuenda 2015, R Journal 7/1; Rao & Molina 2015, ch. 6):
#    y_i = x_i' beta + v_i + e_i, v_i ~ N(0, A), e_i ~ N(0, D_i) with D_i known. D_i comes from the SE with its
#    small-sample floor (UnitEstimate.inferenceSe()): ise = max(se, floor(n)), floor(n) = 100 sqrt(q (1 - q)/(n + 2)),
#    q = (n + 1/2)/(n + 1), the least sd of the Jeffreys posterior Beta(x + 1/2, n - x + 1/2) of a proportion over n
#    forms; so an index of 100 with SE 0 enters the fit. With p = index/100, s = ise/100 and the add-half proportion
#    pt = (x + 1/2)/(n + 1) (x = n p) at p = 0 or 1, pt = p otherwise. Scales:
#      identity: y = index (percent),            D = ise^2
#      logit:    y = log(pt/(1-pt)),             D = s^2 / (pt(1-pt))^2        (delta method; Cox's empirical logit)
#      arcsine:  y = asin(sqrt(p)),              D = s^2 / (4 pt (1-pt))       (= 1/(4 n_eff), emdi's arcsin)
#    Every district enters the fit on every scale.
#    REML by Fisher scoring, as sae: A_0 = median(D); with V = diag(A + D), P = V^-1 - V^-1 X (X'V^-1 X)^-1 X'V^-1,
#    score s = -tr(P)/2 + y'PPy/2, information F = tr(PP)/2, A_{k+1} = A_k + s/F, until |A_{k+1} - A_k|/A_k < 1e-4
#    (or 100 iterations); A = max(A_{k+1}, 0). beta = (X'V^-1 X)^-1 X'V^-1 y; EBLUP = X beta + A/(A + D) (y - X beta).
#    MSE (Prasad-Rao with the REML variance of A, as sae::mseFH): B = D/(A + D), g1 = D (1 - B),
#    g2 = B^2 x'(X'V^-1 X)^-1 x, g3 = B^2 (2 / sum(1/(A + D)^2)) / (A + D), mse = g1 + g2 + 2 g3.
#    Index scale (naive back-transformation g): the estimate g(theta) held in [0, 100]; the rmse is half the width of
#    the back-transformed one-RMSE interval, (g(theta + r) - g(theta - r))/2 with r = sqrt(mse), theta and the limits
#    held in the scale's domain: identity min(max(theta, 0), 100), rmse r; logit 100 plogis(theta),
#    rmse 100 (plogis(theta + r) - plogis(theta - r))/2; arcsine 100 sin(t)^2 with t = theta held in [0, pi/2],
#    rmse 100 (sin(a)^2 - sin(b)^2)/2 = 100 sin(a + b) sin(a - b)/2, a = min(t + r, pi/2), b = max(t - r, 0).
#    (To first order the delta method |g'(theta)| r, but never 0 at t = pi/2, where g' vanishes.)
# 3. Check: metafor::rma(y, D, mods, method = "REML") with a tight threshold (1e-12) gives A (tau2), beta and the
#    EBLUP (blup()$pred); this script also runs its own REML to precision 1e-12 and writes both, so the test can
#    compare the library's tightly converged fit with metafor's.
# Output fayherriot/districts.expected.csv: one row per scale, model and unit, 17 significant digits.

suppressMessages(library(metafor))
here <- "src/test/resources/fayherriot"
num <- function(x) sprintf("%.17g", as.numeric(x))

# ---- 1. data
set.seed(2024)
m <- 30
x <- round(runif(m, 0.05, 0.60), 3)
n <- sample(c(12:40, seq(50, 400, by = 10)), m, replace = TRUE)
ptrue <- plogis(1.6 + 3.5 * x + rnorm(m, 0, 0.45))
sat <- rbinom(m, n, ptrue)
sat[7] <- n[7]                                   # D07 with every form satisfied (D09 and D12 are so by chance)
phat <- sat / n
d <- data.frame(unit = sprintf("D%02d", 1:m), index = 100 * phat, se = 100 * sqrt(phat * (1 - phat) / n), x = x,
                n = n)
write.csv(data.frame(unit = d$unit, index = num(d$index), se = num(d$se), x = num(d$x), n = d$n),
          file.path(here, "districts.csv"), row.names = FALSE, quote = FALSE)
d <- read.csv(file.path(here, "districts.csv"))   # exactly the figures the test reads

# ---- 2. the model
floor_se <- function(n) 100 * sqrt((n + 0.5) * 0.5 / ((n + 1) * (n + 1) * (n + 2)))
transform <- function(scale, index, se, n) {
  ise <- pmax(se, floor_se(n))
  p <- index / 100
  s <- ise / 100
  if (scale == "identity") return(list(y = index, D = ise * ise, ok = rep(TRUE, length(index))))
  ok <- p >= 0 & p <= 1
  pt <- ifelse(p == 0 | p == 1, (p * n + 0.5) / (n + 1), p)
  if (scale == "logit") return(list(y = log(pt / (1 - pt)), D = s * s / (pt * (1 - pt) * pt * (1 - pt)), ok = ok))
  list(y = asin(sqrt(p)), D = s * s / (4 * pt * (1 - pt)), ok = ok)
}
back <- function(scale, theta, mse) {
  r <- sqrt(mse)
  if (scale == "identity") return(list(est = pmin(pmax(theta, 0), 100), rmse = r))
  if (scale == "logit") {
    width <- ifelse(theta > 0, plogis(-(theta - r)) - plogis(-(theta + r)), plogis(theta + r) - plogis(theta - r))
    return(list(est = 100 * plogis(theta), rmse = 100 * width / 2))
  }
  t <- pmin(pmax(theta, 0), pi / 2)
  a <- pmin(t + r, pi / 2)
  b <- pmax(t - r, 0)
  list(est = 100 * sin(t)^2, rmse = 100 * sin(a + b) * sin(a - b) / 2)
}
fh <- function(y, D, X, precision = 1e-4, maxiter = 100) {
  A <- median(D); k <- 0; diff <- precision + 1
  while (diff > precision && k < maxiter) {
    k <- k + 1
    Vi <- diag(1 / (A + D))
    Q <- solve(t(X) %*% Vi %*% X)
    P <- Vi - Vi %*% X %*% Q %*% t(X) %*% Vi
    Py <- P %*% y
    s <- -0.5 * sum(diag(P)) + 0.5 * sum(Py^2)
    F <- 0.5 * sum(diag(P %*% P))
    Anew <- A + s / F
    diff <- abs((Anew - A) / A)
    A <- Anew
  }
  stopifnot(!(k >= maxiter && diff >= precision))
  A <- max(A, 0)
  v <- 1 / (A + D)
  Q <- solve(t(X) %*% (v * X))
  beta <- Q %*% t(X) %*% (v * y)
  xb <- as.vector(X %*% beta)
  B <- D / (A + D)
  g1 <- D * (1 - B)
  g2 <- B^2 * rowSums((X %*% Q) * X)
  g3 <- B^2 * (2 / sum(v^2)) / (A + D)
  list(A = A, beta = as.vector(beta), beta_se = sqrt(diag(Q)), iterations = k, theta = xb + (1 - B) * (y - xb),
       B = B, g1 = g1, g2 = g2, g3 = g3, mse = g1 + g2 + 2 * g3)
}

rows <- list()
for (scale in c("identity", "logit", "arcsine")) {
  for (model in c("intercept", "x")) {
    tr <- transform(scale, d$index, d$se, d$n)
    use <- tr$ok
    X <- if (model == "intercept") matrix(1, sum(use), 1) else cbind(1, d$x[use])
    f <- fh(tr$y[use], tr$D[use], X)
    tight <- fh(tr$y[use], tr$D[use], X, precision = 1e-12, maxiter = 1000)
    mf <- if (model == "intercept") rma(tr$y[use], tr$D[use], method = "REML", control = list(threshold = 1e-12,
        maxiter = 1000)) else rma(tr$y[use], tr$D[use], mods = ~ d$x[use], method = "REML",
        control = list(threshold = 1e-12, maxiter = 1000))
    mb <- blup(mf)
    cat(sprintf("%-8s %-9s m = %d: A = %.10g (%d iterations); tight A = %.12g, metafor tau2 = %.12g; max |EBLUP - metafor| = %.3g\n",
                scale, model, sum(use), f$A, f$iterations, tight$A, mf$tau2, max(abs(tight$theta - mb$pred))))
    b <- back(scale, f$theta, f$mse)
    all <- rep(NA_real_, m)
    put <- function(v) { a <- all; a[use] <- v; a }
    rows[[length(rows) + 1]] <- data.frame(
      scale = scale, model = model, unit = d$unit, used = use,
      A = num(f$A), beta0 = num(f$beta[1]), beta1 = num(if (model == "x") f$beta[2] else NA),
      beta0_se = num(f$beta_se[1]), beta1_se = num(if (model == "x") f$beta_se[2] else NA),
      iterations = f$iterations,
      y = num(put(tr$y[use])), D = num(put(tr$D[use])), theta = num(put(f$theta)), mse = num(put(f$mse)),
      B = num(put(f$B)), g1 = num(put(f$g1)), g2 = num(put(f$g2)), g3 = num(put(f$g3)),
      estimate = num(put(b$est)), rmse = num(put(b$rmse)),
      tight_A = num(tight$A), metafor_tau2 = num(mf$tau2), metafor_beta0 = num(coef(mf)[1]),
      metafor_beta1 = num(if (model == "x") coef(mf)[2] else NA), metafor_eblup = num(put(mb$pred)),
      stringsAsFactors = FALSE)
  }
}
out <- do.call(rbind, rows)
write.csv(out, file.path(here, "districts.expected.csv"), row.names = FALSE, quote = FALSE, na = "NA")
cat(sprintf("R %s.%s, metafor %s: %d rows written\n", R.version$major, R.version$minor,
            as.character(packageVersion("metafor")), nrow(out)))
