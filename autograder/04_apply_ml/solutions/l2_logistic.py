def l2_loss_and_gradient(X, y, w, lam):
    """Return (loss, gradient) of the mean cross-entropy plus (lam/2)||w[1:]||^2 (intercept unpenalised)."""
    if lam < 0:
        raise ValueError(f"the regularisation strength must be >= 0, got {lam}")
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    penalised = np.concatenate([[0.0], w[1:]])          # a new array: w itself is untouched
    loss = bce_from_logits(X @ w, y) + 0.5 * lam * float(penalised @ penalised)
    return loss, logistic_gradient(X, y, w) + lam * penalised
