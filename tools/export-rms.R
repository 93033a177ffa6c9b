# Export a model fitted with R's rms package to a nomogram calculator model file (format v1).
#
#   source("tools/export-rms.R")
#   fit <- cph(Surv(time, status) ~ rcs(age, 4) + sex, data = d, surv = TRUE, x = TRUE, y = TRUE)
#   export_nomogram(fit, "models/my-model/1.0.0.json", id = "my-model", version = "1.0.0",
#                   title = list(en = "My model", zh = "..."), times = c(365, 730))
#
# Supported: rms::cph (surv = TRUE, x = TRUE, y = TRUE) and binary rms::lrm (x = TRUE), with
# predictors entered as a plain variable (linear), rcs(x, k) or rcs(x, knots) (restricted cubic
# spline), or a factor / catg(x) (categories). Everything else the calculator cannot evaluate
# exactly (interactions, strata, pol(), lsp(), scored(), transformations such as log(x) or I(x^2),
# offsets) is refused with stop(): a wrong calculator is worse than none.
#
# The numbers that matter (coefficients, covariance, knots, means, centre, baseline survival) are
# copied from the fit unchanged. The test vectors are computed by rms itself (nomogram(),
# predict(), Survival(), Quantile()) so that the TypeScript engine is checked against rms, not
# against a re-implementation of it. Non-ASCII text is written as \u escapes so that this file
# sources correctly whatever the locale R runs in.

export_nomogram <- local({

  # survfit_baseline(): survfit's per-stratum tables, in a file of its own that the tests source too.
  here <- Find(Negate(is.null), lapply(rev(sys.frames()), function(f) f$ofile))
  source(file.path(if (is.null(here)) "tools" else dirname(here), "survfit-baseline.R"), local = TRUE)

  # The 97.5% normal quantile exactly as the engine writes it (src/engine/coefficient.ts), so that
  # the interval bounds in the test vectors are the engine's to 1e-12, not merely to 1e-8.
  Z95 <- 1.959964

  # Limits copied from the engine (src/engine/grid.ts): a numeric predictor's points range is taken
  # over every step when there are at most MAX_STEPS of them, otherwise over FINE_DIVISIONS parts.
  MAX_STEPS <- 5000
  FINE_DIVISIONS <- 1000

  `%||%` <- function(a, b) if (is.null(a)) b else a

  fill <- function(en, zh) list(en = paste("FILL IN:", en), zh = paste0("\u5f85\u586b\u5199\uff1a", zh))
  same <- function(s) list(en = s, zh = s)

  # ---- JSON -------------------------------------------------------------------------------------
  # A small writer rather than jsonlite so that the shape is explicit: a named list is an object,
  # an unnamed list or an I() vector is an array, anything else of length one is a scalar. That
  # keeps one-element arrays (a single horizon) arrays, and writes numbers so they read back equal.

  json_string <- function(s) {
    s <- as.character(s)
    # Text typed into a UTF-8 script reaches R unmarked when R runs in a C locale; taken as native
    # text it would be mangled, so bytes that are valid UTF-8 are read as UTF-8.
    if (Encoding(s) == "unknown" && !all(charToRaw(s) < as.raw(128)) && validUTF8(s)) Encoding(s) <- "UTF-8"
    s <- enc2utf8(s)
    s <- gsub("\\", "\\\\", s, fixed = TRUE)
    s <- gsub("\"", "\\\"", s, fixed = TRUE)
    s <- gsub("\n", "\\n", s, fixed = TRUE)
    s <- gsub("\r", "\\r", s, fixed = TRUE)
    s <- gsub("\t", "\\t", s, fixed = TRUE)
    paste0("\"", s, "\"")
  }

  # The shortest of 15, 16 or 17 significant digits that reads back as the same double.
  json_number <- function(x) {
    if (!is.finite(x)) stop("internal: a non-finite number cannot be written to the model file")
    for (d in 15:17) {
      s <- sprintf(paste0("%.", d, "g"), x)
      if (as.numeric(s) == x) break
    }
    s
  }

  json_scalar <- function(x) {
    if (is.null(x) || is.na(x)) return("null")
    if (is.logical(x)) return(if (x) "true" else "false")
    if (is.numeric(x)) return(json_number(x))
    json_string(x)
  }

  to_json <- function(x, indent = "") {
    inner <- paste0(indent, "  ")
    if (is.list(x)) {
      if (!is.null(names(x))) {
        if (!length(x)) return("{}")
        items <- vapply(seq_along(x), function(i) {
          paste0(inner, json_string(names(x)[i]), ": ", to_json(x[[i]], inner))
        }, "")
        return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
      }
      if (!length(x)) return("[]")
      # Arrays of plain numbers (a matrix row, a baseline table) stay on one line.
      if (all(vapply(x, function(e) !is.list(e) && length(e) == 1 && !inherits(e, "AsIs"), TRUE))) {
        return(paste0("[", paste(vapply(x, json_scalar, ""), collapse = ", "), "]"))
      }
      items <- vapply(x, function(e) paste0(inner, to_json(e, inner)), "")
      return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
    }
    if (inherits(x, "AsIs")) {
      return(paste0("[", paste(vapply(unclass(x), json_scalar, ""), collapse = ", "), "]"))
    }
    if (length(x) != 1) stop("internal: a vector of length ", length(x), " must be I() or a list")
    json_scalar(x)
  }

  # ---- Text -------------------------------------------------------------------------------------

  # Fields given as one string, so with no Chinese of their own; reported after the export.
  untranslated <- new.env()

  # Accepts list(en =, zh =), c(en =, zh =) or one string (then used for both languages).
  as_text <- function(x, what) {
    if (is.list(x) || (is.character(x) && !is.null(names(x)))) {
      x <- as.list(x)
      if (!all(c("en", "zh") %in% names(x)) || length(setdiff(names(x), c("en", "zh")))) {
        stop(what, ": give text as list(en = \"...\", zh = \"...\")")
      }
      return(list(en = as.character(x$en), zh = as.character(x$zh)))
    }
    if (is.character(x) && length(x) == 1 && nzchar(trimws(x))) {
      untranslated$fields <- c(untranslated$fields, what)
      return(same(x))
    }
    stop(what, ": give text as list(en = \"...\", zh = \"...\") or one non-empty string")
  }

  # ---- What the format can express --------------------------------------------------------------

  refuse <- function(term, why, hint = "Refit without it to export the model.") {
    stop("export_nomogram: cannot export the term `", term, "`: ", why,
         " The model file format has linear terms, rcs() splines, categories, interactions of two terms of which one is categorical, and strata. ", hint, call. = FALSE)
  }

  # Each main-effect term must be a bare variable, rcs(variable, k or knots) or catg(variable).
  # rms records a transformation such as log(age) under the bare name `age`, so the term's own
  # expression is read, not only rms's description of it.
  check_term <- function(label, name, assume) {
    e <- str2lang(label)
    if (assume == "interaction") refuse(name, "interactions of an rms fit are not exported.", "Fit the same formula with survival::coxph(..., x = TRUE) or stats::glm() to export it with its interaction.")
    if (assume == "strata") refuse(label, "strata of an rms fit are not exported.", "Fit the same model with survival::coxph(... + strata(x), x = TRUE) to export it with one baseline per stratum.")
    if (assume == "polynomial") refuse(label, "pol() polynomials are not part of the format.")
    if (assume == "lspline") refuse(label, "lsp() linear splines are not part of the format.")
    if (assume == "scored") refuse(label, "scored() terms are not part of the format.")
    if (!(assume %in% c("asis", "rcspline", "category"))) {
      refuse(label, paste0("rms treats it as `", assume, "`, which is not part of the format."))
    }
    if (is.name(e)) return(invisible())
    fn <- if (is.call(e) && is.name(e[[1]])) as.character(e[[1]]) else ""
    unnamed <- is.null(names(e)) || !any(nzchar(names(e)[-1]))
    if (fn == "rcs" && assume == "rcspline" && length(e) <= 3 && unnamed && is.name(e[[2]])) return(invisible())
    if (fn == "catg" && assume == "category" && length(e) == 2 && is.name(e[[2]])) return(invisible())
    if (fn %in% c("rcs", "catg")) {
      refuse(label, paste0("only ", fn, "() of a plain variable with default options can be exported",
                           " (the calculator applies no transformation to what is entered)."))
    }
    refuse(label, "it transforms its variable, and the calculator applies no transformation to what is entered.",
           paste("To keep the transformation, add the transformed variable to the data (d$log_age <- log(d$age))",
                 "and fit on it; the calculator then asks for that variable."))
  }

  check_fit <- function(fit) {
    if (!inherits(fit, "cph") && !inherits(fit, "lrm")) {
      stop("export_nomogram: fit must come from rms::cph or rms::lrm, got class ",
           paste(class(fit), collapse = "/"), call. = FALSE)
    }
    tt <- terms(fit)
    off <- attr(tt, "offset")
    if (length(off)) refuse(deparse(attr(tt, "variables")[[off[1] + 1]]), "offsets are not part of the format.")
    if (length(fit$offset) && any(fit$offset != 0)) refuse("offset", "offsets are not part of the format.")
    D <- fit$Design
    labels <- attr(tt, "term.labels")
    if (length(labels) != length(D$name)) stop("export_nomogram: could not match the formula's terms to rms's description of them", call. = FALSE)
    for (i in seq_along(labels)) check_term(labels[i], D$name[i], D$assume[i])
    if (inherits(fit, "cph")) {
      if (length(fit$strata) || length(D$name[D$assume == "strata"])) refuse("strat()", "strata of an rms fit are not exported.", "Fit the same model with survival::coxph(... + strata(x), x = TRUE).")
      if (!length(fit$surv) || !length(fit$time) || !length(fit$y)) {
        stop("export_nomogram: the baseline survival is missing; fit cph() with surv = TRUE, x = TRUE, y = TRUE", call. = FALSE)
      }
      if (is.list(fit$surv)) refuse("strat()", "strata of an rms fit are not exported.", "Fit the same model with survival::coxph(... + strata(x), x = TRUE).")
    } else if (length(fit$non.slopes) && fit$non.slopes != 1) {
      stop("export_nomogram: an ordinal lrm (", fit$non.slopes, " intercepts) cannot be exported; the format has binary logistic models only", call. = FALSE)
    }
    if (!length(fit$x)) stop("export_nomogram: the design matrix is missing; fit with x = TRUE, y = TRUE", call. = FALSE)
    labels
  }

  # ---- Predictors -------------------------------------------------------------------------------

  engine_id <- function(name) {
    id <- gsub("[^A-Za-z0-9_-]", "_", name)
    if (!grepl("^[A-Za-z]", id)) id <- paste0("x", id)
    id
  }

  # Smallest power of ten the data are whole multiples of (1 for counts), or NA beyond 6 decimals.
  resolution <- function(x) {
    for (d in 0:6) if (all(abs(x * 10^d - round(x * 10^d)) < 1e-8 * pmax(1, abs(x * 10^d)))) return(10^-d)
    NA_real_
  }

  # Round labels on the axis (pretty()), plus its ends unless one sits within half a tick spacing
  # of a round label, where the two would print over each other.
  axis_ticks <- function(lo, hi, whole = FALSE) {
    p <- pretty(c(lo, hi))
    # A count or a 0/1 indicator is labelled at whole numbers only.
    if (whole && any(p != round(p))) p <- if (hi - lo <= 10) lo:hi else pretty(c(lo, hi), n = 4)
    gap <- p[2] - p[1]
    p <- round(p[p >= lo - 1e-9 * gap & p <= hi + 1e-9 * gap], 10)
    p <- pmin(pmax(p, lo), hi)
    if (!length(p) || min(p) - lo >= gap / 2) p <- c(lo, p)
    if (hi - max(p) >= gap / 2) p <- c(p, hi)
    unique(p)
  }

  # The values the engine takes a predictor's points range over (src/engine/grid.ts), in the same
  # floating-point arithmetic, so rms's nomogram() is asked about exactly those values.
  engine_grid <- function(p) {
    lo <- p$axis$min; hi <- p$axis$max
    step <- if (!is.null(p$step)) p$step else if (isTRUE(p$integer)) 1 else NA
    count <- if (!is.na(step)) floor((hi - lo) / step + 1e-9) else 0
    v <- if (!is.na(step) && count <= MAX_STEPS) lo + (0:count) * step
         else lo + ((hi - lo) * (0:FINE_DIVISIONS)) / FINE_DIVISIONS
    v <- c(v, hi, unlist(p$axis$ticks))
    if (p$type == "rcs") { k <- unlist(p$knots); v <- c(v, k[k >= lo & k <= hi]) }
    sort(unique(v))
  }

  # ---- Model families beyond rms cph and lrm ----------------------------------------------------
  # survival::coxph, stats::glm (binomial, logit), survival::survreg and rms::psm, cmprsk::crr and
  # riskRegression::FGR are read into the same description rms fits give (D: name, assume, parms;
  # beta, V, the design matrix X and each term's columns), plus what the format version 2 adds:
  # two-way interactions, a stratum, a parametric distribution or a competing-risks baseline.

  family_of <- function(fit) {
    if (inherits(fit, "cph") || inherits(fit, "lrm")) return("rms")
    if (inherits(fit, "crr")) return("crr")
    if (inherits(fit, "FGR")) return("FGR")
    if (inherits(fit, "coxph")) return("coxph")
    if (inherits(fit, "survreg")) return("survreg")
    if (inherits(fit, "glm")) return("glm")
    stop("export_nomogram: fit must come from rms::cph, rms::lrm, rms::psm, survival::coxph, stats::glm, ",
         "survival::survreg, cmprsk::crr or riskRegression::FGR, got class ", paste(class(fit), collapse = "/"), call. = FALSE)
  }

  # Terms that change what the model means in a way the calculator cannot reproduce, by the name
  # R gives them; found in the formula's text, since coxph drops cluster() from its terms.
  UNREPRESENTABLE <- c(
    pspline = "penalised splines (pspline()) have no closed form the calculator can evaluate; use rcs().",
    tt = "time-transformed terms (tt()) make the effect change with time, which the format cannot hold.",
    frailty = "frailty terms give each cluster its own effect, which a new patient does not have.",
    frailty.gamma = "frailty terms give each cluster its own effect, which a new patient does not have.",
    frailty.gaussian = "frailty terms give each cluster its own effect, which a new patient does not have.",
    ridge = "ridge-penalised terms are not part of the format.",
    cluster = "cluster() gives robust variances, and the intervals of the file would not be the fit's.",
    ns = "natural splines (splines::ns) are not part of the format; refit with rcs(), whose basis the calculator evaluates exactly.",
    bs = "B-splines (splines::bs) are not part of the format; refit with rcs(), whose basis the calculator evaluates exactly.",
    poly = "orthogonal polynomials (poly()) are not part of the format.",
    offset = "offsets are not part of the format.")

  # Names of the functions a call uses, `splines::ns` read as `ns`.
  find_calls <- function(e) {
    if (!is.call(e)) return(character())
    fn <- e[[1]]
    if (is.call(fn) && identical(fn[[1]], as.name("::"))) fn <- fn[[3]]
    if (is.call(e) && identical(e[[1]], as.name("::"))) return(character())
    c(if (is.name(fn)) as.character(fn) else character(), unlist(lapply(as.list(e)[-1], find_calls)))
  }

  refuse_unrepresentable <- function(f) {
    rhs <- f[[length(f)]]
    for (label in attr(terms(f, specials = names(UNREPRESENTABLE)), "term.labels")) {
      fn <- find_calls(str2lang(label))
      hit <- intersect(fn, names(UNREPRESENTABLE))
      if (length(hit)) refuse(label, UNREPRESENTABLE[[hit[1]]])
    }
    hit <- intersect(find_calls(rhs), names(UNREPRESENTABLE))
    if (length(hit)) refuse(paste0(hit[1], "()"), UNREPRESENTABLE[[hit[1]]])
  }

  # One main-effect term of a formula fit: a plain variable (numeric: linear; factor, character or
  # logical: categories), factor(variable), or rcs(variable, k or knots).
  main_term <- function(label, mf, xlevels) {
    e <- str2lang(label)
    col <- mf[[label]]
    if (is.name(e)) {
      if (is.numeric(col) && !is.matrix(col)) return(list(name = label, assume = "asis", x = unname(col)))
      if (is.factor(col) || is.character(col) || is.logical(col)) {
        lev <- xlevels[[label]] %||% levels(factor(col))
        return(list(name = label, assume = "category", parms = lev, x = as.character(col)))
      }
    }
    fn <- if (is.call(e) && is.name(e[[1]])) as.character(e[[1]]) else ""
    if (fn %in% c("factor", "as.factor") && length(e) == 2 && is.name(e[[2]])) {
      return(list(name = as.character(e[[2]]), assume = "category", parms = xlevels[[label]] %||% levels(col), x = as.character(col)))
    }
    if (fn == "rcs" && length(e) <= 3 && is.name(e[[2]]) && !is.null(attr(col, "parms"))) {
      return(list(name = as.character(e[[2]]), assume = "rcspline", parms = unname(attr(col, "parms")), x = unname(col[, 1])))
    }
    refuse(label, "it transforms its variable, and the calculator applies no transformation to what is entered.",
           paste("To keep the transformation, add the transformed variable to the data (d$log_age <- log(d$age))",
                 "and fit on it; the calculator then asks for that variable."))
  }

  # Design columns of one term as the engine computes them (src/engine/compile.ts).
  term_design <- function(term, x) {
    if (term$assume == "category") return(outer(as.character(x), term$parms[-1], `==`) * 1)
    if (term$assume == "rcspline") return(Hmisc::rcspline.eval(as.numeric(x), term$parms, inclx = TRUE))
    matrix(as.numeric(x), ncol = 1)
  }

  # Reads a formula fit (coxph, glm, survreg/psm, FGR) into the shared description.
  describe_formula_fit <- function(fit, family, env) {
    f <- formula(fit)
    refuse_unrepresentable(f)
    tt <- if (family == "FGR") fit$terms else terms(fit)
    labels <- attr(tt, "term.labels")
    order <- attr(tt, "order")
    if (inherits(fit, "rms") && any(order > 1)) refuse(labels[order > 1][1], "interactions of an rms fit are not exported.", "Fit the same formula with survival::survreg() to export it with its interaction.")
    if (any(order > 2)) refuse(labels[order > 2][1], "interactions of more than two variables are not part of the format.")
    data <- if (family == "FGR") eval(fit$call$data, env) else NULL
    mf <- if (family == "FGR") model.frame(delete.response(tt), data) else if (family == "glm") fit$model else model.frame(fit)
    X <- if (family == "FGR") model.matrix(delete.response(tt), mf) else model.matrix(fit)
    assign <- attr(X, "assign")
    if (family == "coxph") assign <- unlist(lapply(seq_along(fit$assign), function(i) rep(match(names(fit$assign)[i], labels), length(fit$assign[[i]]))))
    if (inherits(fit, "rms")) {
      # rms::psm: its own design matrix (x = TRUE) and `assign` indexing the coefficients.
      if (is.null(fit[["x"]])) stop("export_nomogram: refit psm() with x = TRUE, y = TRUE", call. = FALSE)
      X <- fit[["x"]]
      assign <- rep(NA_integer_, ncol(X))
      for (l in names(fit$assign)) assign[match(names(coef(fit))[fit$assign[[l]]], colnames(X))] <- match(l, labels)
    }
    keep <- colnames(X) != "(Intercept)"
    X <- X[, keep, drop = FALSE]
    assign <- assign[keep]
    xlevels <- fit$xlevels %||% .getXlevels(tt, mf)
    strata_label <- NULL
    if (family == "coxph") {
      sp <- attr(terms(fit), "specials")$strata
      if (length(sp)) strata_label <- labels[grepl("^strata\\(", labels)]
      if (length(strata_label) > 1) refuse(strata_label[2], "only one strata() term can be exported; combine the variables into one factor.")
    }
    mains <- list(); inter <- list()
    for (i in seq_along(labels)) {
      lab <- labels[i]
      if (!is.null(strata_label) && lab == strata_label) next
      if (order[i] == 1) {
        t <- main_term(lab, mf, xlevels)
        t$label <- lab
        t$cols <- colnames(X)[assign == i]
        if (t$assume == "category") {
          # stats names a level's column `sexfemale`, rms `sex=female`.
          if (!identical(t$cols, paste0(lab, t$parms[-1])) && !identical(t$cols, paste0(t$name, "=", t$parms[-1]))) refuse(lab, "only treatment contrasts (a 0/1 column per level after the first) can be exported.")
        }
        mains[[t$name]] <- t
      } else inter[[length(inter) + 1]] <- list(label = lab, cols = colnames(X)[assign == i])
    }
    by_label <- setNames(names(mains), vapply(mains, `[[`, "", "label"))
    interactions <- lapply(inter, function(it) {
      parts <- strsplit(it$label, ":", fixed = TRUE)[[1]]
      if (!all(parts %in% names(by_label))) refuse(it$label, "an interaction can be exported only with both main effects in the model.")
      a <- mains[[by_label[[parts[1]]]]]; b <- mains[[by_label[[parts[2]]]]]
      if (a$assume != "category" && b$assume != "category") {
        refuse(it$label, "an interaction of two numeric predictors cannot be drawn as a nomogram axis per level; categorise one of them.")
      }
      of <- lapply(it$cols, function(cn) {
        p <- strsplit(cn, ":", fixed = TRUE)[[1]]
        if (length(p) != 2 || !(p[1] %in% a$cols) || !(p[2] %in% b$cols)) refuse(it$label, paste0("its column `", cn, "` is not a product of the two terms' columns."))
        p
      })
      list(label = it$label, between = c(a$name, b$name), cols = it$cols, of = of)
    })
    stratum <- NULL
    if (!is.null(strata_label)) {
      var <- find_calls(str2lang(strata_label))
      e <- str2lang(strata_label)
      if (length(e) != 2 || !is.name(e[[2]])) refuse(strata_label, "only strata() of one variable can be exported; make the variable first (d$group <- interaction(d$a, d$b)).")
      values <- as.character(mf[[strata_label]] %||% mf[[as.character(e[[2]])]])
      stratum <- list(name = as.character(e[[2]]), label = strata_label, values = as.character(model.frame(fit)[[as.character(e[[2]])]] %||% values))
    }
    list(mains = mains, interactions = interactions, X = X, stratum = stratum, mf = mf, data = data)
  }

  # The shared description of a non-rms fit: D (name, assume, parms) as rms gives it, the
  # coefficients, their covariance, the design matrix in coefficient order and each term's
  # columns, the patients' raw values, and the family's own parts.
  describe_family <- function(fit, family, env) {
    if (family == "crr") {
      cov1 <- tryCatch(eval(fit$call$cov1, env), error = function(e) NULL)
      if (is.null(cov1) || !is.matrix(cov1) || is.null(colnames(cov1))) {
        stop("export_nomogram: crr's cov1 must be a matrix with column names, findable where export_nomogram() is called", call. = FALSE)
      }
      if (!is.null(fit$call$cov2)) refuse("cov2", "time-varying coefficients (crr cov2) make the effect change with time, which the format cannot hold.")
      ftime <- eval(fit$call$ftime, env); fstatus <- eval(fit$call$fstatus, env)
      ok <- stats::complete.cases(cov1, ftime, fstatus)
      X <- cov1[ok, , drop = FALSE]
      beta <- fit$coef; names(beta) <- colnames(cov1)
      names <- colnames(cov1)
      mains <- lapply(names, function(nm) list(name = nm, assume = "asis", x = unname(X[, nm]), cols = nm, label = nm))
      names(mains) <- names
      desc <- list(mains = mains, interactions = list(), X = X, stratum = NULL, crr = fit,
                   ftime = ftime[ok], fstatus = fstatus[ok], failcode = eval(fit$call$failcode, env) %||% 1,
                   cencode = eval(fit$call$cencode, env) %||% 0)
    } else {
      desc <- describe_formula_fit(fit, family, env)
      crr <- if (family == "FGR") fit$crrFit else NULL
      beta <- if (family == "FGR") setNames(crr$coef, colnames(desc$X)) else coef(fit)
      if (family == "FGR") {
        desc$crr <- crr
        desc$ftime <- fit$response[, "time"]; desc$fstatus <- fit$response[, "event"]
        desc$failcode <- fit$cause
      }
    }
    if (any(is.na(beta))) refuse(names(beta)[is.na(beta)][1], "its coefficient could not be estimated (NA).")
    V <- if (!is.null(desc$crr)) { v <- desc$crr$var; dimnames(v) <- list(names(beta), names(beta)); v }
         else if (inherits(fit, "psm")) fit$var  # with log(scale); rms's vcov() leaves it out
         else vcov(fit)
    if (is.null(dimnames(V))) {
      # rms::psm's vcov() comes unnamed: its coefficients, then log(scale) unless it is fixed.
      nm <- c(names(beta), if (nrow(V) > length(beta)) "Log(scale)")
      dimnames(V) <- list(nm, nm)
    }
    if (family == "survreg" && fit$dist == "exponential") V <- V[names(beta), names(beta), drop = FALSE]
    if (!isSymmetric(unname(V))) V <- (V + t(V)) / 2
    lead <- setdiff(rownames(V), c(colnames(desc$X), "Log(scale)"))
    order <- c(lead, colnames(desc$X), intersect("Log(scale)", rownames(V)))
    V <- V[order, order, drop = FALSE]
    D <- list(name = names(desc$mains),
              assume = unname(vapply(desc$mains, `[[`, "", "assume")),
              parms = lapply(desc$mains, function(t) t$parms),
              label = names(desc$mains), units = list())
    cols <- lapply(desc$mains, `[[`, "cols")
    raw <- as.data.frame(lapply(desc$mains, function(t) if (t$assume == "category") factor(t$x, levels = t$parms) else t$x),
                         stringsAsFactors = FALSE, optional = TRUE)
    names(raw) <- names(desc$mains)
    rownames(raw) <- rownames(desc$X) %||% seq_len(nrow(raw))
    c(desc, list(D = D, beta = beta, V = V, cols = cols, raw = raw))
  }

  # The patients' design rows built from their raw values as the engine builds them, in
  # coefficient order (main effects, then each interaction's products).
  family_design <- function(desc, raw) {
    parts <- lapply(desc$mains, function(t) { m <- term_design(t, raw[[t$name]]); colnames(m) <- t$cols; m })
    X <- do.call(cbind, unname(parts))
    for (it in desc$interactions) for (j in seq_along(it$cols)) {
      X <- cbind(X, X[, it$of[[j]][1]] * X[, it$of[[j]][2]])
      colnames(X)[ncol(X)] <- it$cols[j]
    }
    X[, colnames(desc$X), drop = FALSE]
  }

  # Points as rms nomogram(..., interact =) gives them: a term outside interactions is its own row;
  # a categorical x numeric (or categorical x categorical) interaction is one row carrying both main
  # effects and the products, drawn as one axis per level. Each row's range is taken over the
  # engine's grid; the widest row spans 100 points.
  family_rows <- function(desc, predictors, ids) {
    inside <- unlist(lapply(desc$interactions, `[[`, "between"))
    if (any(duplicated(inside))) refuse(inside[duplicated(inside)][1], "a predictor can be in one interaction only, so that each is drawn on one set of axes.")
    values <- function(nm) {
      p <- predictors[[nm]]
      if (p$type == "categorical") vapply(p$levels, `[[`, "", "id") else engine_grid(p)
    }
    lp_of <- function(raw) drop(family_design(desc, raw) %*% desc$beta[colnames(desc$X)])
    blank <- desc$raw[1, , drop = FALSE]
    rows <- list()
    for (nm in setdiff(names(desc$mains), inside)) {
      rows[[ids[[nm]]]] <- list(vars = nm, cols = desc$mains[[nm]]$cols)
    }
    for (it in desc$interactions) {
      rows[[interaction_id(it, ids)]] <- list(vars = it$between, cols = c(desc$mains[[it$between[1]]]$cols, desc$mains[[it$between[2]]]$cols, it$cols))
    }
    # Each row's contribution for given raw values: only its own columns count.
    contribution <- function(row, raw) {
      X <- family_design(desc, raw)
      drop(X[, row$cols, drop = FALSE] %*% desc$beta[row$cols])
    }
    for (r in names(rows)) {
      grid <- expand.grid(lapply(setNames(rows[[r]]$vars, rows[[r]]$vars), values), stringsAsFactors = FALSE)
      raw <- blank[rep(1, nrow(grid)), , drop = FALSE]
      for (v in names(grid)) raw[[v]] <- if (is.factor(blank[[v]])) factor(grid[[v]], levels = levels(blank[[v]])) else grid[[v]]
      f <- contribution(rows[[r]], raw)
      rows[[r]]$min <- min(f); rows[[r]]$max <- max(f)
    }
    widest <- max(vapply(rows, function(r) r$max - r$min, 0))
    sc <- if (widest > 0) 100 / widest else 0
    list(rows = rows, sc = sc, points = function(raw) vapply(rows, function(r) (contribution(r, raw) - r$min) * sc, 0))
  }

  interaction_id <- function(it, ids) paste0(ids[[it$between[1]]], "-by-", ids[[it$between[2]]])

  family_kind <- function(family) switch(family, coxph = "cox", glm = "logistic", survreg = "parametric", crr = , FGR = "fineGray")

  # Checks what each family needs beyond its terms; returns nothing, stops with the reason.
  check_family <- function(fit, family) {
    if (family == "glm" && (fit$family$family != "binomial" || fit$family$link != "logit")) {
      stop("export_nomogram: a glm can be exported only with family = binomial (logit link), got ",
           fit$family$family, " (", fit$family$link, ")", call. = FALSE)
    }
    if (family == "coxph") {
      if (is.null(fit[["x"]])) stop("export_nomogram: refit coxph() with x = TRUE (survfit needs the design matrix for the baseline's variance)", call. = FALSE)
      if (!(fit$method %in% c("efron", "breslow"))) stop("export_nomogram: coxph ties = \"", fit$method, "\" cannot be exported; use efron or breslow", call. = FALSE)
      if (ncol(fit$y) != 2) stop("export_nomogram: only right-censored data, Surv(time, status), can be exported", call. = FALSE)
      if (!is.null(fit$naive.var)) refuse("cluster()", UNREPRESENTABLE[["cluster"]])
    }
    if (family == "survreg" && !(fit$dist %in% c("weibull", "exponential", "lognormal", "loglogistic"))) {
      stop("export_nomogram: survreg dist = \"", fit$dist, "\" cannot be exported; the format has weibull, exponential, lognormal and loglogistic", call. = FALSE)
    }
    if (family == "survreg" && length(fit$scale) != 1) refuse("strata()", "a survreg scale per stratum is not part of the format.")
  }

  default_times <- function(time, event) {
    times <- unique(signif(quantile(time[event], c(0.25, 0.5, 0.75), type = 1, names = FALSE), 2))
    times[times > 0]
  }

  # The expected figures of one test vector, computed by R for the family.
  family_expected <- function(fit, family, desc, r, times, Z, data) {
    x <- desc$X[r, ]
    b <- desc$beta[colnames(desc$X)]
    if (family == "coxph") {
      center <- sum(fit$means * b)
      d <- x - fit$means
      # The fitted rows by name: rows the fit dropped (missing values) are still in the data.
      nd <- data[rownames(desc$X)[r], , drop = FALSE]
      sf <- survfit(fit, newdata = nd, conf.type = "log-log")
      s <- summary(sf, times = times, extend = TRUE)
      end <- max(sf$time)
      pr <- predict(fit, newdata = nd, type = "lp", se.fit = TRUE, reference = "sample")
      below <- which(sf$surv <= 0.5)
      return(list(linearPredictor = unname(pr$fit), linearPredictorSe = unname(pr$se.fit),
        survival = lapply(seq_along(times), function(j) {
          if (times[j] > end) return(list(time = times[j], estimate = NA, lower = NA, upper = NA))
          list(time = times[j], estimate = s$surv[j], lower = s$lower[j], upper = s$upper[j])
        }),
        medianSurvival = if (length(below)) sf$time[below[1]] else NA))
    }
    if (family == "glm") {
      pr <- predict(fit, type = "link", se.fit = TRUE)
      lp <- unname(pr$fit[r]); se <- unname(pr$se.fit[r])
      return(list(linearPredictor = lp, linearPredictorSe = se,
                  probability = list(estimate = plogis(lp), lower = plogis(lp - Z * se), upper = plogis(lp + Z * se))))
    }
    if (family == "survreg") {
      # survreg's and psm's own linear predictor; its SE from their covariance (as predict.survreg).
      lp <- unname(fit$linear.predictors[r])
      sigma <- fit$scale
      x1 <- c(1, x)
      V <- desc$V
      se <- sqrt(drop(x1 %*% V[seq_along(x1), seq_along(x1)] %*% x1))
      logsig <- "Log(scale)" %in% rownames(V)
      surv <- lapply(times, function(t) {
        w <- (log(t) - lp) / sigma
        g <- c(-x1 / sigma, if (logsig) -w)
        sw <- sqrt(drop(g %*% V %*% g))
        S <- function(w) 1 - survival::psurvreg(exp(lp + sigma * w), lp, sigma, fit$dist)
        list(time = t, estimate = 1 - survival::psurvreg(t, lp, sigma, fit$dist), lower = S(w + Z * sw), upper = S(w - Z * sw))
      })
      median <- survival::qsurvreg(0.5, lp, sigma, fit$dist)
      return(list(linearPredictor = lp, linearPredictorSe = se, survival = surv, medianSurvival = median))
    }
    # Fine-Gray: crr's own prediction (FGR through riskRegression's predictRisk).
    lp <- sum(x * b)
    means <- colMeans(desc$X)
    d <- x - means
    se <- sqrt(drop(d %*% desc$V %*% d))
    lpm <- sum(means * b)
    cif <- if (family == "FGR") {
      riskRegression::predictRisk(fit, newdata = data[rownames(desc$X)[r], , drop = FALSE], times = times, cause = desc$failcode)[1, ]
    } else {
      p <- predict(desc$crr, cov1 = matrix(x, 1))
      vapply(times, function(t) { i <- which(p[, 1] <= t); if (length(i)) p[max(i), 2] else 0 }, 0)
    }
    H0 <- cumsum(desc$crr$bfitj)
    end <- max(desc$ftime)
    list(linearPredictor = lp, linearPredictorSe = se,
         cumulativeIncidence = lapply(seq_along(times), function(j) {
           t <- times[j]
           if (t > end) return(list(time = t, estimate = NA, lower = NA, upper = NA))
           i <- which(desc$crr$uftime <= t)
           hm <- (if (length(i)) H0[max(i)] else 0) * exp(lpm)
           list(time = t, estimate = unname(cif[j]), lower = 1 - exp(-hm * exp(lp - lpm - Z * se)), upper = 1 - exp(-hm * exp(lp - lpm + Z * se)))
         }))
  }

  # The family's own fields of the model file (after `kind`, and after the covariance).
  family_fields <- function(fit, family, desc, times, time_unit, ids, meta, n) {
    kind <- family_kind(family)
    before <- list()
    after <- list()
    if (kind != "logistic") { before$timeUnit <- time_unit; before$horizons <- I(times) }
    if (kind == "logistic") before$intercept <- list(name = "(Intercept)", beta = unname(coef(fit)[["(Intercept)"]]))
    if (kind == "parametric") {
      before$distribution <- fit$dist
      before$intercept <- list(name = "(Intercept)", beta = unname(coef(fit)[["(Intercept)"]]))
      before$scale <- if (fit$dist == "exponential") list(sigma = 1) else list(name = "Log(scale)", sigma = unname(fit$scale))
    }
    if (kind == "fineGray") {
      before$competingEvent <- as_text(meta$competingEvent %||% fill("the competing event (e.g. death without progression)", "\u7ade\u4e89\u4e8b\u4ef6"), "competingEvent")
    }
    means <- if (kind == "cox") fit$means else if (kind == "fineGray") colMeans(desc$X) else NULL
    if (!is.null(means)) {
      m <- as.list(unname(means)); names(m) <- colnames(desc$X)
      after$reference <- list(
        description = list(en = sprintf("The mean of every design column over the %d patients of the fit.", n),
                           zh = sprintf("\u62df\u5408\u6240\u7528%d\u4f8b\u60a3\u8005\u5404\u8bbe\u8ba1\u5217\u7684\u5747\u503c\u3002", n)),
        means = m)
      if (kind == "cox") after$reference$linearPredictor <- sum(fit$means * desc$beta[colnames(desc$X)])
    }
    if (kind == "cox") {
      base <- survfit_baseline(fit)
      # From time 0, where nobody has had the event (survival 1, no hazard, no variance).
      table <- function(b) {
        if (min(b$time) <= 0) stop("export_nomogram: an event at time 0 cannot be tabulated", call. = FALSE)
        xbar <- rbind(0, b$xbar[, colnames(desc$X), drop = FALSE])
        list(type = "table", time = as.list(c(0, b$time)), survival = as.list(exp(-c(0, b$cumhaz))),
             cumulativeHazard = as.list(c(0, b$cumhaz)), hazardVariance = as.list(c(0, b$varhaz)),
             xbar = lapply(seq_len(nrow(xbar)), function(i) as.list(unname(xbar[i, ]))))
      }
      after$baseline <- if (is.null(desc$stratum)) table(base[[1]]) else {
        s <- lapply(base, table); names(s) <- stratum_ids(names(base)); list(type = "strata", strata = s)
      }
    }
    if (kind == "fineGray") {
      H0 <- cumsum(desc$crr$bfitj)
      # crr's times stop at the last event of interest; the incidence stays there to the end of follow-up.
      end <- max(desc$ftime)
      tail <- end > max(desc$crr$uftime)
      if (min(desc$crr$uftime) <= 0) stop("export_nomogram: an event at time 0 cannot be tabulated", call. = FALSE)
      after$baseline <- list(type = "cumulativeHazard", time = as.list(c(0, desc$crr$uftime, if (tail) end)),
                             cumulativeHazard = as.list(c(0, H0, if (tail) max(H0))))
    }
    list(kind = kind, before = before, after = after)
  }

  # A stratum's id: its level without survival's "variable=" prefix, when that keeps them apart.
  stratum_ids <- function(levels) {
    short <- sub("^[^=]*=", "", levels)
    if (anyDuplicated(short)) levels else short
  }

  # Everything of a non-rms export after its predictors: points, test vectors from R, the
  # family's fields, and the method and assumptions in words.
  export_family_part <- function(fit, family, desc, predictors, ids, times, meta, n_vectors, Z, env) {
    kind <- family_kind(family)
    placeholders <- character()
    rows <- family_rows(desc, predictors, ids)
    interactions <- lapply(desc$interactions, function(it) {
      list(id = interaction_id(it, ids), between = I(unname(ids[it$between])),
           columns = lapply(seq_along(it$cols), function(j) list(name = it$cols[j], beta = unname(desc$beta[[it$cols[j]]]), of = I(it$of[[j]]))))
    })
    extra <- list()
    strata_of_row <- NULL
    if (!is.null(desc$stratum)) {
      lev <- levels(fit$strata)
      sid <- stratum_ids(lev)
      u <- meta$predictors[[desc$stratum$name]]
      sp <- list(id = engine_id(desc$stratum$name), label = if (!is.null(u$label)) as_text(u$label, "stratum label") else same(desc$stratum$name),
                 levels = lapply(seq_along(lev), function(i) {
                   given <- u$levels[[sid[i]]]
                   if (is.null(given)) placeholders <<- c(placeholders, paste0("predictors$", desc$stratum$name, "$levels$", sid[i]))
                   list(id = sid[i], label = if (is.null(given)) same(sid[i]) else as_text(given, paste0("stratum level ", sid[i])))
                 }))
      if (!is.null(u$default)) sp$default <- u$default
      if (is.null(u$label)) placeholders <- c(placeholders, paste0("predictors$", desc$stratum$name, "$label"))
      extra[[desc$stratum$name]] <- sp
      strata_of_row <- sid[match(as.character(fit$strata), lev)]
    }
    # Data rows for R's predictions on new data (survfit, predictRisk need the original variables).
    data <- if (family %in% c("coxph", "FGR")) eval(fit$call$data, env) else NULL
    if (family %in% c("coxph", "FGR") && is.null(data)) stop("export_nomogram: the fit's data = ", deparse(fit$call$data), " must be findable where export_nomogram() is called", call. = FALSE)
    time_unit <- NULL
    if (kind != "logistic") {
      time_unit <- meta$timeUnit
      if (is.null(time_unit)) stop("export_nomogram: give timeUnit = \"days\", \"weeks\", \"months\" or \"years\"", call. = FALSE)
      if (is.null(times)) {
        y <- if (kind == "fineGray") cbind(desc$ftime, desc$fstatus == desc$failcode) else fit$y
        times <- default_times(y[, 1], y[, ncol(y)] == 1)
      }
      times <- sort(unique(as.numeric(times)))
      if (!length(times) || any(times <= 0)) stop("export_nomogram: times must be positive", call. = FALSE)
    }
    # Patients of the data spread over the risk range, within every axis.
    inside <- Reduce(`&`, lapply(names(desc$mains), function(nm) {
      p <- predictors[[nm]]
      if (p$type == "categorical") rep(TRUE, nrow(desc$raw)) else desc$raw[[nm]] >= p$axis$min & desc$raw[[nm]] <= p$axis$max
    }))
    key <- desc$raw
    if (!is.null(strata_of_row)) key$.stratum <- strata_of_row
    candidates <- which(inside & !duplicated(key))
    lp_all <- drop(desc$X %*% desc$beta[colnames(desc$X)])
    candidates <- candidates[order(lp_all[candidates])]
    picked <- unique(candidates[round(seq(1, length(candidates), length.out = min(n_vectors, length(candidates))))])
    vectors <- lapply(picked, function(r) {
      row <- desc$raw[r, , drop = FALSE]
      inputs <- lapply(names(desc$mains), function(nm) { v <- row[[nm]]; if (is.factor(v)) as.character(v) else unname(v) })
      names(inputs) <- unname(ids[names(desc$mains)])
      if (!is.null(strata_of_row)) inputs[[extra[[1]]$id]] <- strata_of_row[r]
      pts <- rows$points(row)
      e <- family_expected(fit, family, desc, r, times, Z, data)
      expected <- c(list(points = as.list(pts), totalPoints = sum(pts)), e)
      list(description = sprintf("row %s of the fitted data: %s", rownames(desc$X)[r], vector_source(family)),
           inputs = inputs, expected = expected)
    })
    f <- family_fields(fit, family, desc, times, time_unit, ids, meta, nrow(desc$X))
    if (length(extra)) f$after <- c(list(stratum = extra[[1]]), f$after)
    n <- nrow(desc$X)
    events <- as.integer(switch(kind,
      cox = fit$nevent, logistic = sum(fit$y == 1), parametric = sum(fit$y[, ncol(fit$y)] == 1),
      fineGray = sum(desc$fstatus == desc$failcode)))
    words <- family_words(fit, family, desc)
    list(kind = kind, formatVersion = 2L, before = f$before, after = f$after, interactions = interactions,
         vectors = vectors, call_text = words$call, n = n, events = events, method = words$method,
         assumptions = words$assumptions, placeholders = placeholders)
  }

  vector_source <- function(family) switch(family,
    coxph = "survival survfit(fit, newdata, conf.type = \"log-log\") and predict(type = \"lp\", reference = \"sample\")",
    glm = "stats predict(type = \"link\", se.fit = TRUE) and plogis()",
    survreg = "survival predict.survreg (lp, quantile) and psurvreg(); bounds by the delta method on (beta, log sigma)",
    crr = "cmprsk predict.crr; bounds as MATH.md (coefficients' covariance only)",
    FGR = "riskRegression predictRisk; bounds as MATH.md (coefficients' covariance only)")

  family_words <- function(fit, family, desc) {
    r_version <- paste(R.version$major, R.version$minor, sep = ".")
    pkg <- switch(family, coxph = , survreg = "survival", glm = "stats", crr = "cmprsk", FGR = "riskRegression")
    if (inherits(fit, "psm")) pkg <- "rms"
    call <- paste(deparse(fit$call, width.cutoff = 500), collapse = " ")
    source <- sprintf("Exported with tools/export-rms.R from R %s and %s %s: %s.", r_version, pkg, as.character(utils::packageVersion(pkg)), call)
    source_zh <- sprintf("\u4f7f\u7528`tools/export-rms.R`\u4eceR %s\u4e0e`%s` %s\u5bfc\u51fa\uff1a`%s`\u3002", r_version, pkg, as.character(utils::packageVersion(pkg)), call)
    dist_zh <- list(weibull = "\u5a01\u5e03\u5c14", exponential = "\u6307\u6570", lognormal = "\u5bf9\u6570\u6b63\u6001", loglogistic = "\u5bf9\u6570\u903b\u8f91\u65af\u8c1b")
    how <- switch(family_kind(family),
      cox = c("Points follow rms nomogram() (an interaction with a categorical predictor is one axis per level). Survival and its 95% interval are those of survfit(fit, newdata, conf.type = \"log-log\"): the interval includes the baseline's own uncertainty.",
              "\u8bc4\u5206\u9075\u5faarms `nomogram()`\uff08\u4e0e\u5206\u7c7b\u53d8\u91cf\u7684\u4ea4\u4e92\u4f5c\u7528\u6309\u6bcf\u4e2a\u6c34\u5e73\u5404\u753b\u4e00\u6761\u8f74\uff09\u3002\u751f\u5b58\u7387\u53ca\u517695%\u7f6e\u4fe1\u533a\u95f4\u4e0e`survfit(fit, newdata, conf.type = \"log-log\")`\u4e00\u81f4\uff1a\u533a\u95f4\u5305\u542b\u57fa\u7ebf\u672c\u8eab\u7684\u4e0d\u786e\u5b9a\u6027\u3002"),
      logistic = c("Points follow rms nomogram(); the probability is plogis(LP) and its 95% interval plogis(LP -/+ 1.96 SE) with the full covariance matrix.",
                   "\u8bc4\u5206\u9075\u5faarms `nomogram()`\uff1b\u6982\u7387\u4e3a`plogis(LP)`\uff0c95%\u7f6e\u4fe1\u533a\u95f4\u4e3a`plogis(LP -/+ 1.96 SE)`\uff0c\u4f7f\u7528\u5b8c\u6574\u534f\u65b9\u5dee\u77e9\u9635\u3002"),
      parametric = c(sprintf("Points follow rms nomogram(). Survival is that of a %s model for the log of time; its 95%% interval is the delta method on the standardised log time with the covariance of the coefficients and log scale.", fit$dist),
                     sprintf("\u8bc4\u5206\u9075\u5faarms `nomogram()`\u3002\u751f\u5b58\u7387\u6765\u81ea\u4ee5\u5bf9\u6570\u65f6\u95f4\u5efa\u6a21\u7684%s\u6a21\u578b\uff1b95%%\u7f6e\u4fe1\u533a\u95f4\u4ee5\u03b4\u6cd5\u5728\u6807\u51c6\u5316\u5bf9\u6570\u65f6\u95f4\u4e0a\u8ba1\u7b97\uff0c\u4f7f\u7528\u7cfb\u6570\u4e0e\u5bf9\u6570\u5c3a\u5ea6\u53c2\u6570\u7684\u534f\u65b9\u5dee\u3002", dist_zh[[fit$dist]])),
      fineGray = c("Points follow rms nomogram(). The cumulative incidence of the event of interest is 1 - exp(-H0(t) exp(LP)) (Fine-Gray); its 95% interval uses the coefficients' covariance around the mean patient and leaves out the baseline's own uncertainty.",
                   "\u8bc4\u5206\u9075\u5faarms `nomogram()`\u3002\u5173\u6ce8\u4e8b\u4ef6\u7684\u7d2f\u79ef\u53d1\u751f\u7387\u4e3a`1 - exp(-H0(t) exp(LP))`\uff08\u6bd4\u4f8b\u5b50\u5206\u5e03\u98ce\u9669\u6a21\u578b\uff09\uff1b95%\u7f6e\u4fe1\u533a\u95f4\u4f7f\u7528\u7cfb\u6570\u7684\u534f\u65b9\u5dee\uff08\u4ee5\u5e73\u5747\u60a3\u8005\u4e3a\u4e2d\u5fc3\uff09\uff0c\u4e0d\u5305\u62ec\u57fa\u7ebf\u672c\u8eab\u7684\u4e0d\u786e\u5b9a\u6027\u3002"))
    assumptions <- switch(family_kind(family),
      cox = list(list(en = "Proportional hazards: each predictor multiplies the hazard by the same factor at every time (within each stratum).",
                      zh = "\u6bd4\u4f8b\u98ce\u9669\u5047\u8bbe\uff1a\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u5728\u6240\u6709\u65f6\u95f4\u70b9\u5bf9\u98ce\u9669\u7684\u5f71\u54cd\u500d\u6570\u76f8\u540c\uff08\u5728\u6bcf\u4e2a\u5c42\u5185\uff09\u3002")),
      logistic = list(list(en = "The predictors act additively on the log odds, as fitted.",
                           zh = "\u5404\u9884\u6d4b\u53d8\u91cf\u6309\u62df\u5408\u7ed3\u679c\u5728\u5bf9\u6570\u4f18\u52bf\u5c3a\u5ea6\u4e0a\u76f8\u52a0\u4f5c\u7528\u3002")),
      # Survival time follows the named distribution; its log, the location-scale one the predictors shift.
      parametric = local({
        d <- list(weibull = c("Weibull", "an extreme-value", "\u5a01\u5e03\u5c14", "\u6781\u503c"),
                  exponential = c("exponential", "an extreme-value", "\u6307\u6570", "\u6781\u503c"),
                  lognormal = c("log-normal", "a normal", "\u5bf9\u6570\u6b63\u6001", "\u6b63\u6001"),
                  loglogistic = c("log-logistic", "a logistic", "\u5bf9\u6570\u903b\u8f91\u65af\u8c1b", "\u903b\u8f91\u65af\u8c1b"))[[fit$dist]]
        list(list(en = sprintf("Survival time follows a %s distribution: its log follows %s distribution whose location the predictors shift.", d[1], d[2]),
                  zh = sprintf("\u751f\u5b58\u65f6\u95f4\u670d\u4ece%s\u5206\u5e03\uff0c\u5373\u5bf9\u6570\u751f\u5b58\u65f6\u95f4\u670d\u4ece%s\u5206\u5e03\uff0c\u9884\u6d4b\u53d8\u91cf\u6539\u53d8\u5176\u4f4d\u7f6e\u3002", d[3], d[4])))
      }),
      fineGray = list(list(en = "Proportional subdistribution hazards: each predictor multiplies the subdistribution hazard of the event of interest by the same factor at every time.",
                           zh = "\u6bd4\u4f8b\u5b50\u5206\u5e03\u98ce\u9669\u5047\u8bbe\uff1a\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u5728\u6240\u6709\u65f6\u95f4\u70b9\u5bf9\u5173\u6ce8\u4e8b\u4ef6\u5b50\u5206\u5e03\u98ce\u9669\u7684\u5f71\u54cd\u500d\u6570\u76f8\u540c\u3002"),
                      list(en = "The 95% interval reflects the uncertainty of the coefficients only, not that of the baseline cumulative incidence.",
                           zh = "95%\u7f6e\u4fe1\u533a\u95f4\u4ec5\u53cd\u6620\u7cfb\u6570\u7684\u4e0d\u786e\u5b9a\u6027\uff0c\u4e0d\u5305\u62ec\u57fa\u7ebf\u7d2f\u79ef\u53d1\u751f\u7387\u7684\u4e0d\u786e\u5b9a\u6027\u3002")))
    list(call = call, method = list(en = paste(source, how[1]), zh = paste0(source_zh, how[2])), assumptions = assumptions)
  }

  # ---- The export -------------------------------------------------------------------------------

  function(fit, file, id, version, title, times = NULL, axes = NULL, ..., n_vectors = 12) {
    if (!requireNamespace("rms", quietly = TRUE)) stop("export_nomogram: the rms package is required", call. = FALSE)
    if (!grepl("^[a-z0-9][a-z0-9-]*$", id)) stop("export_nomogram: id must be lower-case letters, digits and hyphens, got ", id, call. = FALSE)
    if (!grepl("^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", version)) {
      stop("export_nomogram: version must be a semantic version such as 1.0.0, got ", version, call. = FALSE)
    }
    meta <- list(...)
    known <- c("outcome", "summary", "teachingOnly", "approximate", "event", "comparisonCaveat", "startingValues", "provenance", "performance", "intendedUse",
               "method", "assumptions", "knownProblems", "changelog", "timeUnit", "reference", "predictors", "competingEvent")
    if (length(meta) && (is.null(names(meta)) || any(!nzchar(names(meta))))) stop("export_nomogram: metadata in ... must be named", call. = FALSE)
    unknown <- setdiff(names(meta), known)
    if (length(unknown)) stop("export_nomogram: unknown field(s) in ...: ", paste(unknown, collapse = ", "),
                              "; known: ", paste(known, collapse = ", "), call. = FALSE)
    placeholders <- character()
    untranslated$fields <- character()
    take <- function(key, default, what = key) {
      if (!is.null(meta[[key]])) return(meta[[key]])
      placeholders[length(placeholders) + 1] <<- what
      default
    }

    family <- family_of(fit)
    env <- parent.frame()
    if (family == "rms") {
    labels <- check_fit(fit)
    cox <- inherits(fit, "cph")
    D <- fit$Design
    beta <- coef(fit)
    V <- vcov(fit)
    if (!identical(rownames(V), names(beta))) V <- V[names(beta), names(beta)]
    if (!isSymmetric(unname(V))) V <- (V + t(V)) / 2
    # The fitted design matrix in coefficient order (without the intercept column lrm leaves out).
    X <- fit$x[, if (cox) names(beta) else names(beta)[-1], drop = FALSE]
    if (cox && length(fit$means) != ncol(X)) stop("internal: fit$means does not match the design matrix", call. = FALSE)
    limits <- D$limits
    } else {
      check_family(fit, family)
      desc <- describe_family(fit, family, env)
      cox <- FALSE
      D <- desc$D; beta <- desc$beta; V <- desc$V; X <- desc$X; cols <- desc$cols; raw <- desc$raw
      limits <- NULL
      # The formula's own design matrix must be the one the engine builds from the raw values.
      mine <- family_design(desc, raw)
      if (max(abs(mine - X)) > 1e-9 * max(1, abs(X))) stop("internal: the design matrix rebuilt from the variables differs from R's; the formula transforms a variable in a way the exporter did not detect", call. = FALSE)
    }
    user_pred <- if (is.null(meta$predictors)) list() else meta$predictors
    named <- c(D$name, if (family != "rms") desc$stratum$name)
    if (length(setdiff(names(user_pred), named))) {
      stop("export_nomogram: predictors = list(...) names no variable of the model: ",
           paste(setdiff(names(user_pred), named), collapse = ", "), call. = FALSE)
    }
    if (length(setdiff(names(axes), D$name))) {
      stop("export_nomogram: axes names no variable of the model: ", paste(setdiff(names(axes), D$name), collapse = ", "), call. = FALSE)
    }
    if (family == "rms" && length(intersect(D$name, names(formals(rms::nomogram))))) {
      stop("export_nomogram: a variable named like an argument of rms::nomogram() (",
           paste(intersect(D$name, names(formals(rms::nomogram))), collapse = ", "),
           ") cannot be passed to it; rename it and refit", call. = FALSE)
    }

    if (family == "rms") {
    # Columns of each term, by name: rms's `assign` indexes the coefficients (after the intercept
    # for lrm), in the order of the formula's terms.
    cols <- lapply(labels, function(l) names(beta)[fit$assign[[l]]])
    names(cols) <- D$name

    # The patients' own values, read back from the design matrix: a linear or spline term's first
    # column is the variable itself; a factor is the level whose indicator is 1, else the reference.
    raw <- lapply(D$name, function(nm) {
      if (D$assume[match(nm, D$name)] == "category") {
        lev <- D$parms[[nm]]
        ind <- X[, cols[[nm]], drop = FALSE]
        at <- apply(ind, 1, function(r) if (any(r == 1)) which(r == 1) + 1 else 1)
        factor(lev[at], levels = lev)
      } else unname(X[, cols[[nm]][1]])
    })
    names(raw) <- D$name
    raw <- as.data.frame(raw, stringsAsFactors = FALSE, optional = TRUE)
    rownames(raw) <- rownames(X)
    }

    ids <- make.unique(vapply(D$name, function(nm) {
      if (!is.null(user_pred[[nm]]$id)) user_pred[[nm]]$id else engine_id(nm)
    }, ""), sep = "_")
    names(ids) <- D$name

    coefficient <- function(name) {
      if (!(name %in% names(beta))) stop("export_nomogram: rms described a column `", name, "` that has no coefficient", call. = FALSE)
      list(name = name, beta = unname(beta[name]))
    }

    predictors <- lapply(D$name, function(nm) {
      i <- match(nm, D$name)
      u <- user_pred[[nm]]
      lab <- if (!is.null(u$label)) as_text(u$label, paste0("predictors$", nm, "$label")) else {
        placeholders[length(placeholders) + 1] <<- paste0("predictors$", nm, "$label")
        same(if (nzchar(D$label[i]) && D$label[i] != nm) D$label[i] else nm)
      }
      p <- list(id = ids[[nm]], label = lab)
      if (!is.null(u$help)) p$help <- as_text(u$help, paste0("predictors$", nm, "$help"))
      if (!is.null(u$caution)) p$caution <- as_text(u$caution, paste0("predictors$", nm, "$caution"))
      if (D$assume[i] == "category") {
        lev <- D$parms[[nm]]
        p$type <- "categorical"
        p$levels <- lapply(lev, function(l) {
          ll <- u$levels[[l]]
          e <- list(id = l, label = if (!is.null(ll)) as_text(ll, paste0("predictors$", nm, "$levels$", l)) else same(l))
          if (l != lev[1]) e$coefficient <- coefficient(cols[[nm]][match(l, lev) - 1])
          e
        })
        p$reference <- lev[1]
        if (!is.null(u$default)) p$default <- u$default
        return(p)
      }
      x <- raw[[nm]]
      unit <- if (!is.null(u$unit)) as_text(u$unit, paste0("predictors$", nm, "$unit"))
              else if (nzchar(rms_units <- if (nm %in% names(D$units)) D$units[[nm]] else "")) same(rms_units)
              else {
                placeholders[length(placeholders) + 1] <<- paste0("predictors$", nm, "$unit")
                fill("unit", "\u5355\u4f4d")
              }
      lo_hi <- if (!is.null(axes[[nm]])) as.numeric(axes[[nm]])
               else if (length(limits) && nm %in% names(limits) && all(is.finite(c(limits["Low", nm], limits["High", nm]))))
                 as.numeric(c(limits["Low", nm], limits["High", nm]))
               else range(x)
      res <- resolution(x)
      # Data measured to many decimals (a computed age) get axis ends rounded outwards to a tenth
      # of the label spacing rather than ends such as 26.27789185489391.
      if (is.null(axes[[nm]]) && (is.na(res) || diff(lo_hi) / res > MAX_STEPS)) {
        tenth <- diff(pretty(lo_hi)[1:2]) / 10
        lo_hi <- round(c(floor(lo_hi[1] / tenth), ceiling(lo_hi[2] / tenth)) * tenth, 10)
      }
      if (length(lo_hi) != 2 || !(lo_hi[1] < lo_hi[2])) stop("export_nomogram: the axis of ", nm, " must be c(min, max) with min < max", call. = FALSE)
      whole <- isTRUE(res == 1) && all(lo_hi == round(lo_hi))
      step <- if (!is.null(u$step)) u$step else if (whole) 1
              else if (!is.na(res) && res < 1 && diff(lo_hi) / res <= MAX_STEPS) res else NULL
      p$type <- if (D$assume[i] == "rcspline") "rcs" else "linear"
      p$unit <- unit
      p$axis <- list(min = lo_hi[1], max = lo_hi[2],
                     ticks = I(if (!is.null(u$ticks)) u$ticks else axis_ticks(lo_hi[1], lo_hi[2], whole)))
      if (!is.null(step)) p$step <- step
      if (whole) p$integer <- TRUE
      p$derivationRange <- I(range(x))
      # Open on the datadist's adjust-to value (the median) when it is known, on the step.
      adj <- if (length(limits) && nm %in% names(limits)) suppressWarnings(as.numeric(limits["Adjust to", nm])) else NA
      if (!is.null(u$default)) p$default <- u$default
      else if (is.finite(adj) && adj >= lo_hi[1] && adj <= lo_hi[2]) {
        if (!is.null(step)) adj <- round(lo_hi[1] + round((adj - lo_hi[1]) / step) * step, 10)
        if (whole) adj <- round(adj)
        if (is.null(step)) adj <- signif(adj, 3)
        p$default <- min(max(adj, lo_hi[1]), lo_hi[2])
      }
      if (p$type == "rcs") {
        p$knots <- I(D$parms[[nm]])
        p$coefficients <- lapply(cols[[nm]], coefficient)
      } else p$coefficient <- coefficient(cols[[nm]])
      p
    })
    names(predictors) <- D$name

    if (family == "rms") {
    # ---- Points as rms computes them, on the engine's grid ----
    settings <- lapply(D$name, function(nm) {
      p <- predictors[[nm]]
      if (p$type == "categorical") vapply(p$levels, `[[`, "", "id") else engine_grid(p)
    })
    names(settings) <- D$name
    # nomogram() asks the datadist only for adjust-to values, which do not change any points.
    nom <- withCallingHandlers(do.call(rms::nomogram, c(list(fit), settings)),
      warning = function(w) if (grepl("adjustment values", conditionMessage(w))) invokeRestart("muffleWarning"))
    info <- attr(nom, "info")
    sc <- info$sc
    Rmin <- info$R[1, ]
    xb_terms <- function(rows) {
      t <- predict(fit, rows, type = "terms", center.terms = FALSE)
      t[, D$name, drop = FALSE]
    }
    # Check that (Xbeta - min) * sc, computed from predict(), is what nomogram() itself printed.
    for (S in nom[vapply(nom, function(s) !is.null(attr(s, "info")$predictor), TRUE)]) {
      nm <- attr(S, "info")$predictor
      grid_rows <- raw[rep(1, length(S[[1]])), , drop = FALSE]
      grid_rows[[nm]] <- if (is.factor(raw[[nm]])) factor(S[[1]], levels = levels(raw[[nm]])) else S[[1]]
      mine <- (xb_terms(grid_rows)[, nm] - Rmin[[nm]]) * sc
      if (max(abs(mine - S$points)) > 1e-9) stop("internal: points for ", nm, " do not reproduce rms nomogram()", call. = FALSE)
    }

    # ---- Test vectors: patients of the data, spread over the risk range ----
    inside <- Reduce(`&`, lapply(D$name, function(nm) {
      p <- predictors[[nm]]
      if (p$type == "categorical") rep(TRUE, nrow(raw)) else raw[[nm]] >= p$axis$min & raw[[nm]] <= p$axis$max
    }))
    lp_all <- drop(X %*% beta[colnames(X)])  # only to order the patients by risk
    candidates <- which(inside)
    candidates <- candidates[!duplicated(raw[candidates, , drop = FALSE])]
    if (!length(candidates)) stop("export_nomogram: no patient of the data lies within the axes", call. = FALSE)
    candidates <- candidates[order(lp_all[candidates])]
    picked <- unique(candidates[round(seq(1, length(candidates), length.out = min(n_vectors, length(candidates))))])
    if (length(picked) < 10) warning("export_nomogram: only ", length(picked), " distinct patients lie within the axes; fewer than 10 test vectors")

    if (cox) {
      unit_map <- c(day = "days", days = "days", week = "weeks", weeks = "weeks",
                    month = "months", months = "months", year = "years", years = "years")
      time_unit <- if (!is.null(meta$timeUnit)) meta$timeUnit else {
        u <- unit_map[tolower(fit$units %||% "")]
        if (is.na(u)) stop("export_nomogram: give timeUnit = \"days\", \"weeks\", \"months\" or \"years\"", call. = FALSE)
        message("export_nomogram: timeUnit \"", u, "\" taken from the fit's units (cph assumes days unless told); pass timeUnit = to change it")
        unname(u)
      }
      if (is.null(times)) {
        ev <- fit$y[fit$y[, 2] == 1, 1]
        times <- unique(signif(quantile(ev, c(0.25, 0.5, 0.75), type = 1, names = FALSE), 2))
        times <- times[times > 0]
      }
      times <- sort(unique(as.numeric(times)))
      if (!length(times) || any(times <= 0)) stop("export_nomogram: times must be positive", call. = FALSE)
      if (any(fit$surv <= 0)) stop("export_nomogram: the baseline survival reaches 0, which the format cannot hold", call. = FALSE)
      surv_fun <- rms::Survival(fit)
      quant_fun <- Hmisc::Quantile(fit)
    }

    vectors <- lapply(picked, function(r) {
      row <- raw[r, , drop = FALSE]
      terms_xb <- xb_terms(row)
      pts <- (terms_xb[1, ] - Rmin[D$name]) * sc
      pr <- predict(fit, row, se.fit = TRUE)
      lp <- unname(pr$linear.predictors)
      se <- unname(pr$se.fit)
      # A second route to the same numbers, from the fitted design matrix: they must agree, or
      # something in the formula acts on the variables that the file cannot represent.
      x <- X[r, ]
      if (cox) {
        d <- x - fit$means
        lp2 <- sum(x * beta[names(x)]) - fit$center
      } else {
        d <- c(1, x)
        lp2 <- unname(beta[1] + sum(x * beta[names(x)]))
      }
      se2 <- sqrt(drop(t(d) %*% V %*% d))
      # Two orders of summation differ by rounding that grows with the size of the terms, not of
      # the result: allow a few units in the last place of the terms (as src/engine/tolerance.ts).
      ulps <- 16 * .Machine$double.eps
      lp_tol <- max(1e-9 * max(1, abs(lp)), ulps * (sum(abs(d * beta[names(beta) %in% c(names(x), "Intercept")])) + abs(fit$center %||% 0)))
      se_tol <- max(1e-9 * max(1, se), ulps * drop(abs(d) %*% abs(V) %*% abs(d)) / (2 * se))
      if (abs(lp - lp2) > lp_tol || abs(se - se2) > se_tol) {
        stop("internal: rms predict() and the design matrix disagree for row ", rownames(X)[r],
             "; the formula transforms a variable in a way the exporter did not detect", call. = FALSE)
      }
      inputs <- lapply(D$name, function(nm) { v <- row[[nm]]; if (is.factor(v)) as.character(v) else unname(v) })
      names(inputs) <- unname(ids[D$name])
      points <- as.list(unname(pts))
      names(points) <- unname(ids[D$name])
      expected <- list(points = points, totalPoints = sum(pts), linearPredictor = lp, linearPredictorSe = se)
      if (cox) {
        s <- surv_fun(times, lp); lo <- surv_fun(times, lp + Z95 * se); hi <- surv_fun(times, lp - Z95 * se)
        expected$survival <- lapply(seq_along(times), function(j) {
          list(time = times[j], estimate = unname(s[j]), lower = unname(lo[j]), upper = unname(hi[j]))
        })
        expected$medianSurvival <- unname(quant_fun(0.5, lp))
      } else {
        expected$probability <- list(estimate = plogis(lp), lower = plogis(lp - Z95 * se), upper = plogis(lp + Z95 * se))
      }
      list(
        description = sprintf("row %s of the fitted data: rms %s nomogram() points, predict() linear predictor and SE, %s",
                              rownames(X)[r], as.character(utils::packageVersion("rms")),
                              if (cox) "Survival() and Quantile()" else "plogis()"),
        inputs = inputs,
        expected = expected
      )
    })

    # ---- Metadata ----
    rms_version <- as.character(utils::packageVersion("rms"))
    r_version <- paste(R.version$major, R.version$minor, sep = ".")
    call_text <- paste0(if (cox) "cph" else "lrm", "(", paste(deparse(formula(fit), width.cutoff = 500), collapse = " "),
                        if (cox) ", surv = TRUE, x = TRUE, y = TRUE)" else ", x = TRUE, y = TRUE)")
    n <- nrow(X)
    # lrm models the probability of the last of the two response values.
    events <- as.integer(if (cox) fit$stats[["Events"]] else utils::tail(fit$freq, 1))
    method <- if (cox) list(
      en = sprintf("Exported with tools/export-rms.R from R %s and rms %s: %s. Points follow rms nomogram(), each predictor's range taken over every admissible axis value; survival is the rms baseline at the covariate means (surv = TRUE) raised to exp(LP - centre); the 95%% interval uses the full covariance matrix.", r_version, rms_version, call_text),
      zh = sprintf("\u4f7f\u7528`tools/export-rms.R`\u4eceR %s\u4e0erms %s\u5bfc\u51fa\uff1a`%s`\u3002\u8bc4\u5206\u9075\u5faarms `nomogram()`\uff0c\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u7684\u8bc4\u5206\u8303\u56f4\u53d6\u81ea\u5750\u6807\u8f74\u4e0a\u6240\u6709\u53ef\u53d6\u503c\uff1b\u751f\u5b58\u7387\u4e3a\u534f\u53d8\u91cf\u5747\u503c\u5904\u7684rms\u57fa\u7ebf\u751f\u5b58\u7387\uff08`surv = TRUE`\uff09\u7684`exp(LP - \u4e2d\u5fc3)`\u6b21\u65b9\uff1b95%%\u7f6e\u4fe1\u533a\u95f4\u4f7f\u7528\u5b8c\u6574\u534f\u65b9\u5dee\u77e9\u9635\u3002", r_version, rms_version, call_text)
    ) else list(
      en = sprintf("Exported with tools/export-rms.R from R %s and rms %s: %s. Points follow rms nomogram(), each predictor's range taken over every admissible axis value; the probability is plogis(LP) and its 95%% interval plogis(LP -/+ 1.96 SE) with the full covariance matrix.", r_version, rms_version, call_text),
      zh = sprintf("\u4f7f\u7528`tools/export-rms.R`\u4eceR %s\u4e0erms %s\u5bfc\u51fa\uff1a`%s`\u3002\u8bc4\u5206\u9075\u5faarms `nomogram()`\uff0c\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u7684\u8bc4\u5206\u8303\u56f4\u53d6\u81ea\u5750\u6807\u8f74\u4e0a\u6240\u6709\u53ef\u53d6\u503c\uff1b\u6982\u7387\u4e3a`plogis(LP)`\uff0c95%%\u7f6e\u4fe1\u533a\u95f4\u4e3a`plogis(LP -/+ 1.96 SE)`\uff0c\u4f7f\u7528\u5b8c\u6574\u534f\u65b9\u5dee\u77e9\u9635\u3002", r_version, rms_version, call_text)
    )
    assumptions <- if (cox) list(
      list(en = "Proportional hazards: each predictor multiplies the hazard by the same factor at every time.",
           zh = "\u6bd4\u4f8b\u98ce\u9669\u5047\u8bbe\uff1a\u6bcf\u4e2a\u9884\u6d4b\u53d8\u91cf\u5728\u6240\u6709\u65f6\u95f4\u70b9\u5bf9\u98ce\u9669\u7684\u5f71\u54cd\u500d\u6570\u76f8\u540c\u3002"),
      list(en = "The 95% CI reflects the uncertainty of the coefficients only, not that of the baseline survival curve.",
           zh = "95%\u7f6e\u4fe1\u533a\u95f4\u4ec5\u53cd\u6620\u7cfb\u6570\u7684\u4e0d\u786e\u5b9a\u6027\uff0c\u4e0d\u5305\u62ec\u57fa\u7ebf\u751f\u5b58\u66f2\u7ebf\u7684\u4e0d\u786e\u5b9a\u6027\u3002")
    ) else list(
      list(en = "The predictors act additively on the log odds, as fitted, with no interactions.",
           zh = "\u5404\u9884\u6d4b\u53d8\u91cf\u6309\u62df\u5408\u7ed3\u679c\u5728\u5bf9\u6570\u4f18\u52bf\u5c3a\u5ea6\u4e0a\u76f8\u52a0\u4f5c\u7528\uff0c\u65e0\u4ea4\u4e92\u4f5c\u7528\u3002")
    )

    out <- list(kind = if (cox) "cox" else "logistic", formatVersion = 1L, before = list(), after = list())
    if (cox) {
      out$before <- list(timeUnit = time_unit, horizons = I(times))
      means <- as.list(unname(fit$means))
      names(means) <- names(beta)
      out$after$reference <- list(description = list(
        en = sprintf("The mean of every design column over the %d patients of the fit (rms centres the linear predictor there).", n),
        zh = sprintf("\u62df\u5408\u6240\u7528%d\u4f8b\u60a3\u8005\u5404\u8bbe\u8ba1\u5217\u7684\u5747\u503c\uff08rms\u4ee5\u6b64\u4e3a\u7ebf\u6027\u9884\u6d4b\u503c\u7684\u4e2d\u5fc3\uff09\u3002", n)),
        means = means, linearPredictor = unname(fit$center))
      out$after$baseline <- list(type = "table", time = as.list(unname(fit$time)), survival = as.list(unname(fit$surv)))
    } else {
      out$before$intercept <- coefficient(names(beta)[1])
    }
    } else {
      out <- export_family_part(fit, family, desc, predictors, ids, times, meta, n_vectors, Z95, env)
      placeholders <- c(placeholders, out$placeholders)
      vectors <- out$vectors; call_text <- out$call_text; n <- out$n; events <- out$events
      method <- out$method; assumptions <- out$assumptions
    }

    prov_default <- list(
      citation = "FILL IN: full reference of the source",
      population = fill("who was studied", "\u7814\u7a76\u5bf9\u8c61"),
      eligibility = fill("inclusion and exclusion criteria", "\u7eb3\u5165\u4e0e\u6392\u9664\u6807\u51c6"),
      setting = fill("country, centres, kind of study", "\u56fd\u5bb6\u3001\u4e2d\u5fc3\u53ca\u7814\u7a76\u7c7b\u578b"),
      period = "FILL IN: period of the derivation cohort",
      cohortSize = n,
      events = events,
      outcomeDefinition = fill("how the outcome was defined and timed", "\u7ed3\u5c40\u7684\u5b9a\u4e49\u53ca\u8ba1\u65f6\u65b9\u5f0f")
    )
    prov_user <- if (is.null(meta$provenance)) list() else meta$provenance
    unknown <- setdiff(names(prov_user), c(names(prov_default), "doi", "url"))
    if (length(unknown)) stop("export_nomogram: unknown provenance field(s): ", paste(unknown, collapse = ", "), call. = FALSE)
    for (k in setdiff(c("citation", "population", "eligibility", "setting", "period", "outcomeDefinition"), names(prov_user))) {
      placeholders[length(placeholders) + 1] <- paste0("provenance$", k)
    }
    provenance <- prov_default
    for (k in names(prov_user)) {
      provenance[[k]] <- if (k %in% c("population", "eligibility", "setting", "outcomeDefinition")) as_text(prov_user[[k]], paste0("provenance$", k)) else prov_user[[k]]
    }
    order_keys <- c("citation", "doi", "url", "population", "eligibility", "setting", "period", "cohortSize", "events", "outcomeDefinition")
    provenance <- provenance[intersect(order_keys, names(provenance))]

    text_list <- function(x, what) lapply(seq_along(x), function(i) as_text(x[[i]], paste0(what, "[", i, "]")))
    performance <- lapply(meta$performance, function(p) {
      out <- list(measure = as_text(p$measure, "performance measure"), value = p$value)
      if (!is.null(p$ci95)) out$ci95 <- I(p$ci95)
      out$setting <- as_text(p$setting, "performance setting")
      out
    })
    changelog <- if (!is.null(meta$changelog)) lapply(meta$changelog, function(e) {
      list(version = e$version, date = e$date, changes = as_text(e$changes, "changelog changes"))
    }) else list()
    if (!any(vapply(changelog, function(e) identical(e$version, version), TRUE))) {
      changelog[[length(changelog) + 1]] <- list(version = version, date = format(Sys.Date(), "%Y-%m-%d"),
        changes = list(en = "Exported from R with tools/export-rms.R.", zh = "\u4f7f\u7528`tools/export-rms.R`\u4eceR\u5bfc\u51fa\u3002"))
    }

    model <- list(`$schema` = "../model.schema.json", formatVersion = out$formatVersion, id = id, version = version,
                  title = as_text(title, "title"),
                  outcome = as_text(take("outcome", fill("what the risk is of (e.g. overall survival)", "\u98ce\u9669\u6240\u6307\u7684\u7ed3\u5c40\uff08\u5982\u603b\u751f\u5b58\u671f\uff09")), "outcome"),
                  summary = as_text(take("summary", fill("one line describing the model", "\u4e00\u53e5\u8bdd\u63cf\u8ff0\u8be5\u6a21\u578b")), "summary"))
    if (!is.null(meta$teachingOnly)) model$teachingOnly <- isTRUE(meta$teachingOnly)
    if (!is.null(meta$approximate)) model$approximate <- as_text(meta$approximate, "approximate")
    if (!is.null(meta$event)) model$event <- list(name = as_text(meta$event$name, "event name"), death = isTRUE(meta$event$death))
    for (k in c("comparisonCaveat", "startingValues")) if (!is.null(meta[[k]])) model[[k]] <- as_text(meta[[k]], k)
    model$kind <- out$kind
    for (k in names(out$before)) model[[k]] <- out$before[[k]]
    model$predictors <- unname(predictors)
    if (length(out$interactions)) model$interactions <- out$interactions
    model$covariance <- list(names = I(colnames(V)), matrix = lapply(seq_len(nrow(V)), function(i) as.list(unname(V[i, ]))))
    for (k in names(out$after)) model[[k]] <- out$after[[k]]
    if (!is.null(meta$reference$description) && !is.null(model$reference)) {
      model$reference$description <- as_text(meta$reference$description, "reference description")
    }
    model$provenance <- provenance
    model$performance <- performance
    model$intendedUse <- as_text(take("intendedUse", fill("who the model is for and what it may be used for; it was exported from R without this information", "\u6a21\u578b\u7684\u9002\u7528\u4eba\u7fa4\u548c\u7528\u9014\uff1b\u4eceR\u5bfc\u51fa\u65f6\u672a\u63d0\u4f9b\u6b64\u4fe1\u606f")), "intendedUse")
    model$method <- if (!is.null(meta$method)) as_text(meta$method, "method") else method
    model$assumptions <- if (!is.null(meta$assumptions)) text_list(meta$assumptions, "assumptions") else assumptions
    model$knownProblems <- if (!is.null(meta$knownProblems)) text_list(meta$knownProblems, "knownProblems") else list()
    model$changelog <- changelog
    model$testVectors <- vectors

    dir.create(dirname(file), recursive = TRUE, showWarnings = FALSE)
    writeBin(charToRaw(enc2utf8(paste0(to_json(model), "\n"))), file)
    message("export_nomogram: wrote ", file)
    if (length(placeholders)) {
      message("  placeholders to fill in before use (pass them in ...): ", paste(placeholders, collapse = ", "))
    }
    if (length(untranslated$fields)) {
      message("  given as one string, so the same in both languages: ", paste(untranslated$fields, collapse = ", "))
    }
    invisible(model)
  }
})
