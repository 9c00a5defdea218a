"""The rule and one result element as LaTeX: which index each operand reads (0 on a stretched axis)."""
from __future__ import annotations

from explain.broadcasting.rule import Broadcast
from explain.broadcasting.values import NAMES

RULE_LATEX = (r"\text{out}_k=\begin{cases}n & a_k=b_k=n\\ b_k & a_k=1\\ a_k & b_k=1\\"
              r"\text{error} & \text{otherwise}\end{cases}")


def index_formula(rule: Broadcast, op: str) -> str:
    """LaTeX for what one result element is made of, e.g. c_{ij} = a_{ij} + b_{j}; stretched axes read index 0."""
    if not rule.ok:
        return ""
    letters = "ijklmnpqrstuvw"
    ndim = len(rule.steps)
    if ndim > len(letters):
        return ""
    out = "".join(letters[:ndim])
    terms = []
    for i, shape in enumerate(rule.shapes):
        own = rule.steps[ndim - len(shape):] if shape else ()
        sub = ",".join("0" if step.stretched(i) else letters[step.axis + ndim] for step in own)
        terms.append(f"{NAMES[i]}_{{{sub}}}" if sub else NAMES[i])
    symbol = {"+": " + ", "-": " - ", "*": r" \cdot "}[op]
    left = f"\\mathrm{{result}}_{{{','.join(out)}}}" if out else r"\mathrm{result}"
    return left + " = " + symbol.join(terms)
