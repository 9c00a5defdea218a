"""The under- versus overfitting page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "fitting.title": {"en": "Underfitting and overfitting", "zh": "欠拟合与过拟合"},
    "fitting.nav": {"en": "Under- & overfitting", "zh": "欠拟合与过拟合"},
    "fitting.idea": {
        "en": "Too simple a model cannot fit even its training data; too flexible a model fits the noise and fails on "
              "new data. Watch both as Gluon trains a polynomial, beside the exact least-squares fit it is heading for.",
        "zh": "模型过于简单，连训练数据都拟合不好；模型相对数据过于复杂，则会拟合噪声、在新数据上失效。"
              "观察 Gluon 训练多项式时的这两种情况，并与它所逼近的精确最小二乘解对照。",
    },
    # --- the fit ---
    "fit.presets": {"en": "Presets (D2L 3.11):", "zh": "预设（D2L 3.11）："},
    "fit.presets_help": {
        "en": "Each shows what its name says, on every one of the 60 seeds the tests try. On 2 samples, and at degree "
              "20 on 10, SGD does not converge within the sliders' reach: there the closed form, judged beside SGD, "
              "shows it.",
        "zh": "每个预设都呈现其名称所说的情况（测试检验了 60 个种子，无一例外）。在 2 个样本上、以及 10 个样本上的 20 阶时，"
              "SGD 在滑块范围内无法收敛：这时由与 SGD 并列评判的解析解来呈现。",
    },
    # short enough for the controls column at 1280 px (laptop and projector); the button's help says the rest
    "fit.preset.under": {"en": "Underfit: linear", "zh": "欠拟合：线性"},
    "fit.preset.right": {"en": "Good fit: cubic", "zh": "拟合良好：三阶"},
    "fit.preset.two": {"en": "Too few: 2 samples", "zh": "样本太少：2 个"},
    "fit.preset.high": {"en": "Overfit: degree 20", "zh": "过拟合：20 阶"},
    "fit.preset_help.under": {"en": "A line (degree 1) on 100 samples of the cubic.",
                              "zh": "在三阶曲线的 100 个样本上拟合直线（1 阶）。"},
    "fit.preset_help.right": {"en": "The true degree, 3, on 100 samples, trained for 200 epochs.",
                              "zh": "真实的阶数 3，100 个样本，训练 200 个周期。"},
    "fit.preset_help.two": {"en": "A cubic on 2 samples: the closed form shows it (SGD does not converge here).",
                            "zh": "2 个样本上的三阶多项式：由解析解呈现（SGD 在这里不收敛）。"},
    "fit.preset_help.high": {"en": "Degree 20 on 10 samples: the closed form shows it (SGD does not converge here).",
                             "zh": "10 个样本上的 20 阶多项式：由解析解呈现（SGD 在这里不收敛）。"},
    "fit.degree": {"en": "Polynomial degree", "zh": "多项式阶数"},
    "fit.n": {"en": "Training samples", "zh": "训练样本数"},
    "fit.noise": {"en": "Noise σ", "zh": "噪声 σ"},
    "fit.epochs": {"en": "Epochs", "zh": "迭代周期数"},
    "fit.lr": {"en": "Learning rate", "zh": "学习率"},
    "fit.batch": {"en": "Batch size", "zh": "批量大小"},
    "fit.wd": {"en": "Weight decay λ", "zh": "权重衰减 λ"},
    "fit.seed": {"en": "Random seed (data, initial weights, shuffles)", "zh": "随机种子（数据、初始权重、打乱顺序）"},
    "fit.train": {"en": "training data", "zh": "训练数据"},
    "fit.test": {"en": "test data", "zh": "测试数据"},
    "fit.true": {"en": "true curve", "zh": "真实曲线"},
    "fit.analytic": {"en": "closed form (least squares)", "zh": "解析解（最小二乘）"},
    "fit.fit": {"en": "SGD fit at the epoch", "zh": "该周期的 SGD 拟合"},
    "fit.diverged": {"en": "diverged: the loss overflowed", "zh": "已发散：损失溢出"},
    "fit.outside": {"en": "the fitted curve is outside the picture", "zh": "拟合曲线在图的范围之外"},
    "fit.train_short": {"en": "train", "zh": "训练"},
    "fit.test_short": {"en": "test", "zh": "测试"},
    "fit.scrub": {"en": "Epoch", "zh": "迭代周期"},
    "fit.data_title": {"en": "Data and fitted curve", "zh": "数据与拟合曲线"},
    "fit.epochs_axis": {"en": "epoch", "zh": "迭代周期"},
    "fit.loss_axis": {"en": "loss (log scale)", "zh": "损失（对数坐标）"},
    "fit.loss_title": {"en": "Training and test loss per epoch", "zh": "每个周期的训练损失与测试损失"},
    "fit.description": {
        "en": "Left: the training points, the test points, the true cubic, the closed-form least-squares curve and the "
              "polynomial SGD has reached at the epoch chosen with the slider under the chart. Right: training and "
              "test loss after each epoch, on a log scale. The text under the chart gives the numbers.",
        "zh": "左：训练点、测试点、真实的三阶曲线、最小二乘解析解曲线，以及 SGD 在图下滑块所选周期得到的多项式。"
              "右：每个周期后的训练损失与测试损失（对数坐标）。具体数值见图下方的文字。",
    },
    "fit.scrub_help": {
        "en": "Drag the **Epoch** slider under the chart: the curve and the markers move in your browser, nothing is "
              "recomputed. The loss curves hold every epoch; the curve is kept every {step} epoch(s).",
        "zh": "拖动图下方的**迭代周期**滑块：曲线与标记在浏览器中移动，无需重新计算。"
              "损失曲线包含每个周期；拟合曲线每 {step} 个周期保存一次。",
    },
    "fit.readout": {
        "en": "**After {epochs} epochs: training loss {train} · test loss {test}**  \nb = {b} · w = ({w})",
        "zh": "**{epochs} 个周期后：训练损失 {train} · 测试损失 {test}**  \nb = {b} · w = ({w})",
    },
    # --- what the fit concludes (explain/fitting/verdicts.py): a kind, the numbers it cites, what helps ---
    "fit.verdict.diverged": {
        "en": "**Training diverged** at epoch {epoch}: the training loss passed float32's largest number ({limit}), "
              "where D2L's code prints inf. Each step overshoots more than the last.",
        "zh": "**训练在第 {epoch} 个周期发散：**训练损失超过了 float32 的最大值（{limit}），D2L 的代码此时会输出 inf。"
              "每一步都比上一步冲得更远。",
    },
    "fit.verdict.unstable": {
        "en": "**Not settling: the steps are too large.** SGD's training loss came down to {lowest} (epoch "
              "{lowest_epoch}) and then climbed back to {train} after {epochs} epochs, more than {slow}× its lowest, "
              "and it is still more than {slow}× above the closed form of the same degree on the same samples "
              "({versus}). SGD is jumping around the minimum instead of approaching it, so more epochs will not help "
              "and its test loss {test} says little about the model (the closed form's: {closed_test}).",
        "zh": "**无法稳定下来：步子太大。**SGD 的训练损失曾降到 {lowest}（第 {lowest_epoch} 个周期），"
              "{epochs} 个周期后却又回升到 {train}，超过其最低值的 {slow} 倍，而且仍是同阶、同样样本上解析解的 "
              "{slow} 倍以上（{versus}）。SGD 在最小值附近来回跳动，而不是逐步逼近它，所以增加迭代周期没有用，"
              "它的测试损失 {test} 也说明不了这个模型（解析解的测试损失为 {closed_test}）。",
    },
    "fit.verdict.slow": {
        "en": "**Not converged yet.** After {epochs} epochs SGD is still more than {slow}× above the closed form of the "
              "same degree on the same samples ({versus}), the least this model can reach: SGD is still on its way "
              "there, so its test loss {test} says little about the model yet (the closed form's: {closed_test}).",
        "zh": "**尚未收敛。**{epochs} 个周期后，SGD 仍是同阶、同样样本上解析解的 {slow} 倍以上（{versus}），"
              "而解析解是这个模型所能达到的最小值：SGD 还在逼近途中，所以它的测试损失 {test} "
              "还说明不了这个模型（解析解的测试损失为 {closed_test}）。",
    },
    "fit.verdict.under": {
        "en": "**Underfitting.** Even the closed form — the exact best fit of {model} on these {n} samples — "
              "has training loss {closed_train}, more than {under}× the noise level σ²/2 = {floor}: the model cannot "
              "follow even the data it is trained on (D2L: it cannot reach a low training error).",
        "zh": "**欠拟合。**即使是解析解——{model}在这 {n} 个样本上的精确最优拟合——训练损失也有 {closed_train}，"
              "超过噪声水平 σ²/2 = {floor} 的 {under} 倍：模型连训练数据都拟合不好（D2L：模型无法得到较低的训练误差）。",
    },
    "fit.verdict.over": {
        "en": "**Overfitting.** The test loss {test} is more than {over}× the noise level σ²/2 = {floor} and more than "
              "{gap}× the training loss {train}, while the closed form of degree {lower} on the same samples has test "
              "loss {lower_test}: this model follows its {n} training points, not the curve between and beyond them.",
        "zh": "**过拟合。**测试损失 {test} 超过噪声水平 σ²/2 = {floor} 的 {over} 倍，也超过训练损失 {train} 的 {gap} 倍，"
              "而同样样本上 {lower} 阶解析解的测试损失只有 {lower_test}：这个模型贴合的是 {n} 个训练点，"
              "而不是点与点之间、点之外的曲线。",
    },
    "fit.verdict.few": {
        "en": "**Overfitting: too few samples.** The test loss {test} is more than {over}× the noise level σ²/2 = "
              "{floor} and more than {gap}× the training loss {train}, and {lower_text}: {n} samples are too few to pin "
              "the curve down (D2L's overfitting from too little training data, 训练样本不足).",
        "zh": "**过拟合：训练样本不足。**测试损失 {test} 超过噪声水平 σ²/2 = {floor} 的 {over} 倍，也超过训练损失 "
              "{train} 的 {gap} 倍，而且{lower_text}：{n} 个样本太少，确定不了这条曲线。",
    },
    "fit.few_lower": {
        "en": "no lower degree has a test loss {better}× lower (the best, degree {lower}, has {lower_test})",
        "zh": "更低的阶数也没能把测试损失降到它的 1/{better} 以下（其中最好的 {lower} 阶为 {lower_test}）",
    },
    "fit.few_none": {"en": "a constant is already the simplest model", "zh": "常数已经是最简单的模型"},
    "fit.verdict.fair": {
        "en": "**Neither clearly under- nor overfitting.** SGD is within {slow}× of the closed form ({versus}), which does not underfit (its "
              "training loss {closed_train} is within {under}× σ²/2), and the test loss {test} is less than {gap}× the "
              "training loss {train}; but the test loss is more than {over}× the noise level σ²/2 = {floor}.",
        "zh": "**既不明显欠拟合，也不明显过拟合。**SGD 已在解析解的 {slow} 倍以内（{versus}），解析解没有欠拟合（训练损失 {closed_train} "
              "在 σ²/2 的 {under} 倍以内），测试损失 {test} 也不到训练损失 {train} 的 {gap} 倍；"
              "但测试损失超过了噪声水平 σ²/2 = {floor} 的 {over} 倍。",
    },
    "fit.verdict.good": {
        "en": "**A good fit.** SGD is within {slow}× of the closed form ({versus}), which does not underfit (its "
              "training loss {closed_train} is within {under}× σ²/2), and the test loss {test} is within {over}× the "
              "noise level σ²/2 = {floor}.",
        "zh": "**拟合良好。**SGD 已在解析解的 {slow} 倍以内（{versus}），解析解没有欠拟合（训练损失 {closed_train} "
              "在 σ²/2 的 {under} 倍以内），测试损失 {test} 也在噪声水平 σ²/2 = {floor} 的 {over} 倍以内。",
    },
    "fit.versus": {"en": "SGD's training loss {train}, the closed form's {closed_train}",
                   "zh": "SGD 的训练损失 {train}，解析解的 {closed_train}"},
    "fit.versus_decay": {
        "en": "with weight decay both minimise training loss + ½λ‖w‖²: SGD's {objective}, the closed form's "
              "{closed_objective}; the training loss alone: SGD's {train}, the closed form's {closed_train}",
        "zh": "有权重衰减时两者最小化的都是训练损失 + ½λ‖w‖²：SGD 为 {objective}，解析解为 {closed_objective}；"
              "单看训练损失：SGD 为 {train}，解析解为 {closed_train}",
    },
    "fit.model": {"en": "a degree-{degree} polynomial", "zh": "{degree} 阶多项式"},
    "fit.model_decay": {"en": "a degree-{degree} polynomial with weight decay λ = {decay}",
                        "zh": "带权重衰减 λ = {decay} 的 {degree} 阶多项式"},
    "fit.cause.decay": {
        "en": "Weight decay is the cause: without it (λ = 0) the closed form's training loss would be {free_train}.",
        "zh": "原因在于权重衰减：不用它（λ = 0）时，解析解的训练损失是 {free_train}。",
    },
    "fit.closed_verdict.under": {
        "en": "**The closed form of this degree underfits:** its training loss {closed_train} is more than {under}× "
              "the noise level σ²/2 = {floor}.",
        "zh": "**该阶解析解欠拟合：**它的训练损失 {closed_train} 超过噪声水平 σ²/2 = {floor} 的 {under} 倍。",
    },
    "fit.closed_verdict.over": {
        "en": "**The closed form of this degree overfits:** training loss {closed_train}, test loss {closed_test} — "
              "more than {over}× σ²/2 = {floor} and {gap}× its training loss — while at degree {lower} its test loss "
              "is {lower_test}.",
        "zh": "**该阶解析解过拟合：**训练损失 {closed_train}，测试损失 {closed_test}——超过 σ²/2 = {floor} 的 {over} 倍，"
              "也超过其训练损失的 {gap} 倍——而 {lower} 阶解析解的测试损失只有 {lower_test}。",
    },
    "fit.closed_verdict.few": {
        "en": "**The closed form of this degree overfits: too few samples.** Training loss {closed_train}, test loss "
              "{closed_test} — more than {over}× σ²/2 = {floor} and {gap}× its training loss — and {lower_text}.",
        "zh": "**该阶解析解过拟合：训练样本不足。**训练损失 {closed_train}，测试损失 {closed_test}——超过 σ²/2 = {floor} "
              "的 {over} 倍，也超过其训练损失的 {gap} 倍——而且{lower_text}。",
    },
    "fit.closed_verdict.fair": {
        "en": "**The closed form of this degree neither clearly under- nor overfits:** training loss {closed_train}, test loss "
              "{closed_test} — less than {gap}× the training loss, but more than {over}× σ²/2 = {floor}.",
        "zh": "**该阶解析解既不明显欠拟合，也不明显过拟合：**训练损失 {closed_train}，测试损失 {closed_test}——不到训练损失的 {gap} 倍，"
              "但超过 σ²/2 = {floor} 的 {over} 倍。",
    },
    "fit.closed_verdict.good": {
        "en": "**The closed form of this degree fits well:** training loss {closed_train}, within {under}× σ²/2 = "
              "{floor}, and test loss {closed_test}, within {over}× of it.",
        "zh": "**该阶解析解拟合良好：**训练损失 {closed_train} 在 σ²/2 = {floor} 的 {under} 倍以内，"
              "测试损失 {closed_test} 在其 {over} 倍以内。",
    },
    "fit.floor_zero": {
        "en": "With σ = 0 there is no noise: σ²/2 = 0, and a closed form that fits exactly leaves only rounding (about 1e-28). "
              "Here a loss below {tiny} counts as 0, and “within k× σ²/2” means below k × {tiny}.",
        "zh": "σ = 0 时没有噪声：σ²/2 = 0，恰好拟合的解析解只剩舍入误差（约 1e-28）。这里低于 {tiny} 的损失算作 0，"
              "“在 σ²/2 的 k 倍以内”指低于 k × {tiny}。",
    },
    "fit.try": {"en": "Try: {items}.", "zh": "可以尝试：{items}。"},
    "fit.then": {"en": "{first} {second}", "zh": "{first}{second}"},
    "fit.advice_sep": {"en": "; ", "zh": "；"},
    "fit.advice_none": {
        "en": "None of the single changes the page tries with the closed form (degree, samples, λ, each within its "
              "slider) helps clearly here.",
        "zh": "本页用解析解试过的单项改动（阶数、样本数、λ，均在滑块范围内）在这里都没有明显帮助。",
    },
    "fit.advice_end": {
        "en": "Epochs and learning rate are at their sliders' ends: the closed form shows where SGD is heading.",
        "zh": "迭代周期和学习率都已到滑块尽头：解析解显示了 SGD 的去向。",
    },
    "fit.advice.epochs": {"en": "more epochs (up to {value})", "zh": "更多迭代周期（最多 {value}）"},
    "fit.advice.lr_up": {"en": "a larger learning rate ({value}; a step too large diverges)",
                         "zh": "更大的学习率（{value}；步子太大会发散）"},
    "fit.advice.lr_down": {"en": "a smaller learning rate ({value})", "zh": "更小的学习率（{value}）"},
    "fit.advice.degree_up": {
        "en": "a higher degree: at degree {value} the closed form's training loss is {train}, its test loss {test}",
        "zh": "更高的阶数：{value} 阶时解析解的训练损失为 {train}，测试损失为 {test}",
    },
    "fit.advice.degree_down": {"en": "a lower degree: at degree {value} the closed form's test loss is {test}",
                               "zh": "更低的阶数：{value} 阶时解析解的测试损失为 {test}"},
    "fit.advice.samples": {"en": "more samples: on all {value}, this degree's closed form has test loss {test}",
                           "zh": "更多样本：用全部 {value} 个样本时，该阶解析解的测试损失为 {test}"},
    "fit.advice.decay_down": {
        "en": "a smaller weight decay: at λ = {value} the closed form's training loss is {train}, its test loss {test}",
        "zh": "更小的权重衰减：λ = {value} 时解析解的训练损失为 {train}，测试损失为 {test}",
    },
    "fit.advice.decay_up": {"en": "weight decay: at λ = {value} the closed form's test loss is {test}",
                            "zh": "权重衰减：λ = {value} 时解析解的测试损失为 {test}"},
    "fit.floor_note": {
        "en": "The noise level σ²/2 = {floor} is the expected loss of the true curve itself on new data (half the "
              "squared noise, on average). It is not a floor: a fitted model's training loss is usually below it, "
              "since the model follows part of the noise, and on 100 test points a good model's test loss can come "
              "out under it by chance.",
        "zh": "噪声水平 σ²/2 = {floor} 是真实曲线本身在新数据上的期望损失（噪声平方的一半，取平均）。它不是下限："
              "拟合出的模型会追随一部分噪声，训练损失通常低于它；在 100 个测试点上，好模型的测试损失也可能碰巧低于它。",
    },
    "fit.analytic_title": {"en": "Closed form versus SGD", "zh": "解析解与数值解（SGD）"},
    "fit.analytic_text": {
        "en": "Squared loss has an exact minimiser (section 2 of the notes: the analytic solution); SGD only approaches "
              "it step by step (the numerical solution). With weight decay the closed form is ridge regression "
              "on the weights.",
        "zh": "平方损失有精确的最小值点（笔记第 2 节：解析解）；SGD 只能一步步逼近它（数值解）。"
              "使用权重衰减时，解析解是对权重做岭回归的结果。",
    },
    "fit.col_method": {"en": "method", "zh": "方法"},
    "fit.col_train": {"en": "training loss", "zh": "训练损失"},
    "fit.col_test": {"en": "test loss", "zh": "测试损失"},
    "fit.col_coefficients": {"en": "b, w₁, w₂, … (original scale)", "zh": "b, w₁, w₂, …（原始尺度）"},
    "fit.sgd_row": {"en": "SGD, {epochs} epochs", "zh": "SGD，{epochs} 个周期"},
    "fit.closed_row": {"en": "closed form", "zh": "解析解"},
    "fit.gap": {
        "en": "After {epochs} epochs SGD's training loss is {gap} above the closed form's, the least there is; its "
              "parameters are {distance} away (Euclidean distance, original scale).",
        "zh": "{epochs} 个周期后，SGD 的训练损失比解析解（所能达到的最小值）高 {gap}；其参数与解析解相距 {distance}"
              "（原始尺度下的欧氏距离）。",
    },
    "fit.gap_decay": {
        "en": "With weight decay the closed form minimises training loss + ½λ‖w‖², not the training loss alone: after "
              "{epochs} epochs SGD's is {objective}, {gap} above the closed form's minimum {closed_objective}. The "
              "training loss alone: SGD's {train}, the closed form's {closed_train}. The parameters are {distance} "
              "apart (Euclidean distance, original scale).",
        "zh": "有权重衰减时，解析解最小化的是训练损失 + ½λ‖w‖²，而不只是训练损失：{epochs} 个周期后 SGD 的这一值为 "
              "{objective}，比解析解的最小值 {closed_objective} 高 {gap}。单看训练损失：SGD 为 {train}，解析解为 "
              "{closed_train}。两者参数相距 {distance}（原始尺度下的欧氏距离）。",
    },
    "fit.many_solutions": {
        "en": "With {n} samples and {params} parameters many polynomials pass through every training point; the closed "
              "form shown is the one with the smallest coefficients.",
        "zh": "只有 {n} 个样本却有 {params} 个参数时，有许多多项式恰好穿过每个训练点；这里显示的解析解是系数最小的那个。",
    },
    "fit.scaling_title": {"en": "How the powers are scaled", "zh": "幂次特征的缩放"},
    "fit.scaling_text": {
        "en": "Up to x³ the features are D2L's raw x, x², x³, so D2L's settings give D2L's results. Above, x^i is "
              "divided by 2^(i−3)·i!/3! (x⁴/8, x⁵/80, …): raw x²⁰ reaches 10⁹ for |x| = 3 and one step at learning "
              "rate 0.01 would blow up; scaled, no column outgrows x³ for |x| ≤ 4. The weights are reported on the "
              "original scale: w_i = (learnt weight) / scale_i.",
        "zh": "到 x³ 为止，特征就是 D2L 中原始的 x、x²、x³，因此 D2L 的设置得到 D2L 的结果。更高的 x^i 除以 "
              "2^(i−3)·i!/3!（x⁴/8、x⁵/80……）：|x| = 3 时原始的 x²⁰ 可达 10⁹，学习率 0.01 下一步就会溢出；"
              "缩放后在 |x| ≤ 4 内没有一列超过 x³。权重按原始尺度报告：w_i =（学到的权重）/ 缩放系数_i。",
    },
    "fit.textbook_title": {"en": "Textbook check: D2L's published numbers", "zh": "对照教材：D2L 公布的结果"},
    "fit.textbook_text": {
        "en": "D2L's numbers are the book's own run: 《动手学深度学习》 (Dive into Deep Learning, the MXNet edition in "
              "Chinese: {source}, 模型选择、欠拟合和过拟合), as printed in the output stored with its notebook. Beside "
              "them, the same three runs (100 epochs, learning rate 0.01, batch 10) on this page's data with seed "
              "{seed}. The numbers differ because the random data, initial weights and shuffles differ; the pattern "
              "is the same. D2L's two-sample run had not converged either: through 2 points the closed form's "
              "training loss is 0.",
        "zh": "D2L 的数值是书中自己的运行结果：《动手学深度学习》（MXNet 版：{source}，模型选择、欠拟合和过拟合），"
              "即随其笔记本保存的输出。旁边是本页用种子 {seed} 的数据做的同样三次训练（100 个周期、学习率 0.01、批量 10）。"
              "数值不同是因为随机数据、初始权重和打乱顺序不同；规律是一样的。D2L 的两样本训练同样没有收敛："
              "穿过 2 个点的解析解训练损失为 0。",
    },
    "fit.col_case": {"en": "run", "zh": "训练"},
    "fit.col_d2l": {"en": "D2L: train / test", "zh": "D2L：训练 / 测试"},
    "fit.col_here": {"en": "this page: train / test", "zh": "本页：训练 / 测试"},
    "fit.case.cubic": {"en": "cubic, 100 samples", "zh": "三阶，100 个样本"},
    "fit.case.linear": {"en": "linear, 100 samples", "zh": "线性，100 个样本"},
    "fit.case.two": {"en": "cubic, 2 samples", "zh": "三阶，2 个样本"},
    "fit.textbook_weights": {
        "en": "Cubic weights: D2L w = ({d2l_w}), b = {d2l_b}; here w = ({w}), b = {b}; true w = (1.2, −3.4, 5.6), b = 5.",
        "zh": "三阶权重：D2L w = ({d2l_w})，b = {d2l_b}；本页 w = ({w})，b = {b}；真实值 w = (1.2, −3.4, 5.6)，b = 5。",
    },
    "fit.code_note": {
        "en": "The code makes every random choice as the page does, from the seed: the data, the initial weights "
              "(Uniform(−0.07, 0.07), as Gluon's default draws them) and each epoch's order of the samples; and it "
              "trains in float64, as the page does. So it prints the page's numbers. D2L's own loop lets Gluon "
              "initialise and DataLoader shuffle (leave out weight= and orders=) and trains in float32: its numbers "
              "then differ a little from run to run.",
        "zh": "这段代码与本页一样由种子做出每个随机选择：数据、初始权重（Uniform(−0.07, 0.07)，与 Gluon 的默认初始化同分布）"
              "以及每个周期的样本顺序；并且与本页一样用 float64 训练。所以它输出的就是本页的数值。D2L 自己的循环由 Gluon "
              "初始化、DataLoader 打乱（去掉 weight= 和 orders=），并用 float32 训练：那样每次运行的数值会略有不同。",
    },
    "fit.err.degree": {"en": "The degree must be a whole number from 0 to 20.", "zh": "阶数必须是 0 到 20 之间的整数。"},
    "fit.err.epochs": {"en": "The number of epochs is out of range.", "zh": "迭代周期数超出范围。"},
    "fit.err.batch": {"en": "The batch size must be at least 1.", "zh": "批量大小至少为 1。"},
    "fit.err.lr": {"en": "The learning rate must be positive.", "zh": "学习率必须为正数。"},
    "fit.err.wd": {"en": "The weight decay must not be negative.", "zh": "权重衰减不能为负数。"},
    "fit.err.n_train": {"en": "The number of training samples is out of range.", "zh": "训练样本数超出范围。"},
    "fit.err.k": {"en": "K must lie between 2 and the number of samples.", "zh": "K 必须介于 2 与样本数之间。"},
    "fit.err.size": {"en": "The sample sizes are out of range.", "zh": "样本数超出范围。"},
    "fit.err.noise": {"en": "The noise is out of range.", "zh": "噪声超出范围。"},
    # --- model selection ---
    "fit.sel_section": {"en": "Choosing the degree: K-fold cross-validation", "zh": "选择阶数：K 折交叉验证"},
    "fit.sel_text": {
        "en": "The test set must not choose the model. Split the training samples into K folds; train K times, each "
              "time holding one fold out for validation, and average. Every degree from 0 to 20 is fitted on every "
              "fold twice: by SGD with D2L's settings (100 epochs, learning rate 0.01, batch 10) and by the closed "
              "form, the exact least-squares fit that SGD is heading for.",
        "zh": "不能用测试集来选择模型。把训练样本分成 K 份，训练 K 次，每次留出一份作验证，再取平均。"
              "0 到 20 的每个阶数都在每一折上拟合两次：用 D2L 设置的 SGD（100 个周期、学习率 0.01、批量 10），"
              "以及用解析解——SGD 正在逼近的精确最小二乘拟合。",
    },
    "fit.sel_k": {"en": "Folds K", "zh": "折数 K"},
    "fit.sel_n": {"en": "Training samples to split", "zh": "用于划分的训练样本数"},
    "fit.sel_train": {"en": "training loss (mean over folds)", "zh": "训练损失（各折平均）"},
    "fit.sel_val": {"en": "validation loss (mean over folds)", "zh": "验证损失（各折平均）"},
    "fit.sel_sgd": {"en": "SGD, 100 epochs", "zh": "SGD，100 个周期"},
    "fit.sel_closed": {"en": "closed form (least squares)", "zh": "解析解（最小二乘）"},
    "fit.sel_key": {"en": "solid: SGD after 100 epochs · dashed: closed form (least squares)",
                    "zh": "实线：100 个周期后的 SGD · 虚线：解析解（最小二乘）"},
    "fit.sel_chosen_sgd": {"en": "SGD's choice", "zh": "SGD 的选择"},
    "fit.sel_chosen_closed": {"en": "closed form's choice", "zh": "解析解的选择"},
    "fit.sel_degree": {"en": "polynomial degree", "zh": "多项式阶数"},
    "fit.sel_title": {"en": "Training and validation loss by degree", "zh": "各阶数的训练损失与验证损失"},
    "fit.sel_description": {
        "en": "Mean training and {k}-fold validation loss of polynomials of degree 0 to 20 on a log scale, for SGD after "
              "100 epochs (solid) and for the closed-form least-squares fit (dashed). SGD's validation loss is lowest "
              "at degree {degree}, the closed form's at degree {exact}.",
        "zh": "0 到 20 阶多项式的平均训练损失与 {k} 折验证损失（对数坐标）：实线为 100 个周期后的 SGD，虚线为最小二乘解析解。"
              "SGD 的验证损失在 {degree} 阶最低，解析解在 {exact} 阶最低。",
    },
    "fit.sel_result": {
        "en": "**SGD chooses degree {degree}** (validation loss {val}). Trained on all {n} samples, its test loss is "
              "**{test}** — the first time the test set is used.",
        "zh": "**SGD 选择 {degree} 阶**（验证损失 {val}）。用全部 {n} 个样本训练后，其测试损失为 **{test}**——这是第一次用到测试集。",
    },
    "fit.sel_result_closed": {
        "en": "**The closed form chooses degree {degree}** (validation loss {val}). Fitted to all {n} samples, its "
              "test loss is **{test}**.",
        "zh": "**解析解选择 {degree} 阶**（验证损失 {val}）。用全部 {n} 个样本拟合后，其测试损失为 **{test}**。",
    },
    "fit.sel_interpolates": {
        "en": "From degree {degree} on, the closed form has a coefficient for each of a fold's {m} training samples and "
              "passes through all of them: its training loss is 0, which a log scale cannot draw.",
        "zh": "从 {degree} 阶起，解析解的系数个数不少于每折的 {m} 个训练样本，曲线穿过所有训练点：训练损失为 0，对数坐标无法画出。",
    },
    "fit.sel_shallow": {
        "en": "The dashed curves are the U of model selection: as the degree grows the training loss only falls, while "
              "the validation loss falls and then climbs steeply once the polynomial can follow the noise of the {m} "
              "samples it is fitted to. SGD's solid curves level off instead: in 100 epochs the high powers (the "
              "small columns x^i / scale_i) barely move from their small initial weights, so a degree-20 polynomial "
              "trained this way stays far from fitting the noise — stopping early restrains it, as weight decay would. "
              "Where the solid validation curve is flat, which degree comes out lowest is down to chance.",
        "zh": "虚线就是模型选择中的 U 形曲线：随着阶数增加，训练损失只降不升；验证损失先降，等到多项式能够追随它所拟合的 {m} "
              "个样本中的噪声时便急剧上升。SGD 的实线却趋于平坦：100 个周期里，高次幂（很小的特征列 x^i / 缩放系数_i）"
              "的权重几乎没有离开很小的初始值，所以这样训练出的 20 阶多项式远没有去拟合噪声——提前停止训练约束了它，"
              "就像权重衰减一样。在实线验证曲线平坦的地方，哪个阶数最低只是偶然。",
    },
    "fit.sel_unused": {
        "en": "{n} samples do not split evenly into {k} folds: as in D2L, the last {rest} are left out.",
        "zh": "{n} 个样本无法平均分成 {k} 折：与 D2L 相同，最后 {rest} 个样本不参与。",
    },
    # --- weight decay ---
    "fit.wd_section": {"en": "Weight decay on D2L's high-dimensional regression", "zh": "权重衰减：D2L 的高维线性回归"},
    "fit.wd_text": {
        "en": "D2L 3.12: 20 training samples with 200 inputs, y = 0.05 + Σ 0.01·x_i + ε — far more weights than "
              "samples, so plain SGD overfits. Weight decay adds λ·w to each gradient (the L2 penalty ½λ‖w‖²) and "
              "pulls the weights towards 0. Batch 1, learning rate 0.003, 100 epochs, weights start ~ N(0, 1).",
        "zh": "D2L 3.12：20 个训练样本、200 个输入，y = 0.05 + Σ 0.01·x_i + ε——权重远多于样本，普通 SGD 会过拟合。"
              "权重衰减在每个梯度上加上 λ·w（即 L2 范数惩罚项 ½λ‖w‖²），把权重拉向 0。"
              "批量 1、学习率 0.003、100 个周期，权重初始化为 N(0, 1)。",
    },
    "fit.wd_lambda": {"en": "Weight decay λ", "zh": "权重衰减 λ"},
    "fit.wd_bias": {"en": "Decay the bias too (one Trainer for all parameters)",
                    "zh": "同时衰减偏差（所有参数共用一个 Trainer）"},
    "fit.wd_bias_help": {
        "en": "Off: the notes' trainer_w (wd = λ) and trainer_b (no wd). On: what gluon.Trainer(net.collect_params(), "
              "'sgd', {'wd': λ}) does by default — it decays the bias as well.",
        "zh": "关闭：笔记中的 trainer_w（wd = λ）与 trainer_b（不衰减）。打开：gluon.Trainer(net.collect_params(), "
              "'sgd', {'wd': λ}) 的默认行为——偏差也会被衰减。",
    },
    "fit.wd_norm": {"en": "‖w‖₂ after training", "zh": "训练后的 ‖w‖₂"},
    "fit.wd_epoch_title": {"en": "Loss per epoch at this λ", "zh": "该 λ 下每个周期的损失"},
    "fit.wd_lambda_title": {"en": "Final loss against λ", "zh": "最终损失随 λ 的变化"},
    "fit.wd_norm_title": {"en": "‖w‖₂ against λ", "zh": "‖w‖₂ 随 λ 的变化"},
    "fit.wd_description": {
        "en": "D2L 3.12 with the chosen weight decay λ: training and test loss after each epoch (log scale); the final "
              "losses and ‖w‖₂ for λ from 0 to 5, the chosen λ marked. The text beside the chart gives the numbers.",
        "zh": "D2L 3.12，使用所选的权重衰减 λ：每个周期后的训练损失与测试损失（对数坐标）；λ 从 0 到 5 时的最终损失与 ‖w‖₂，"
              "并标出所选的 λ。具体数值见图旁的文字。",
    },
    "fit.wd_result": {
        "en": "**λ = {lambd}: training loss {train} · test loss {test} · ‖w‖₂ = {norm} · b = {b}**",
        "zh": "**λ = {lambd}：训练损失 {train} · 测试损失 {test} · ‖w‖₂ = {norm} · b = {b}**",
    },
    "fit.wd_textbook": {
        "en": "D2L 3.12 reports ‖w‖₂ = 11.6 without decay and 0.042 with λ = 3 (weights only); here {free} and {three} — "
              "other random data, the same story.",
        "zh": "D2L 3.12 报告不衰减时 ‖w‖₂ = 11.6，λ = 3（仅衰减权重）时为 0.042；本页为 {free} 和 {three}——随机数据不同，规律相同。",
    },
    "fit.wd_name": {
        "en": "Why it is called weight decay: the penalty ½λ‖w‖² adds λw to the gradient, so each step is "
              "w ← w − η(∇ + λw) = (1 − ηλ)·w − η·∇ — the weights first shrink by the factor 1 − ηλ (here 1 − 0.003·λ), "
              "then follow the gradient. The notes' from-scratch version adds λ·l2_penalty(w) to the loss, with "
              "l2_penalty(w) = (w**2).sum() / 2; Gluon's Trainer does the same through its wd.",
        "zh": "为什么叫权重衰减：惩罚项 ½λ‖w‖² 在梯度上加了 λw，于是每一步是 w ← w − η(∇ + λw) = (1 − ηλ)·w − η·∇——"
              "权重先按因子 1 − ηλ 缩小（这里是 1 − 0.003·λ），再沿梯度走。笔记的从零实现把 λ·l2_penalty(w) 加到损失上，"
              "其中 l2_penalty(w) = (w**2).sum() / 2；Gluon 的 Trainer 通过 wd 做的是同一件事。",
    },
    "fit.wd_bias_effect": {
        "en": "At λ = {lambd}, decaying the bias too moves b from {b_free} to {b_decay}; the true bias is 0.05.",
        "zh": "λ = {lambd} 时，同时衰减偏差使 b 从 {b_free} 变为 {b_decay}；真实偏差为 0.05。",
    },
    # --- notice, maths, check ---
    "fit.notice_gap": {
        "en": "Underfitting shows in the training loss: even the closed form's stays high (SGD's can also be high "
              "because it has not converged); overfitting shows only in the gap between test and training loss — now "
              "{train} vs {test}.",
        "zh": "欠拟合体现在训练损失上：连解析解的训练损失都居高不下（SGD 的训练损失高也可能只是尚未收敛）；"
              "过拟合只体现在测试损失与训练损失之间的差距上——现在是 {train} 对 {test}。",
    },
    "fit.notice_data": {
        "en": "Too complex is relative to the data: on these data the cubic's closed form through the first 2 samples "
              "has training loss {two_train} and test loss {two_test}; through all 100, {all_train} and {all_test}.",
        "zh": "是否过于复杂要相对于数据量来看：在这组数据上，三阶解析解穿过前 2 个样本时训练损失为 {two_train}、测试损失为 "
              "{two_test}；用全部 100 个样本时为 {all_train} 和 {all_test}。",
    },
    "fit.notice_scrub": {
        "en": "Scrub the epochs: early on SGD's training loss is high because it has not converged, not because the "
              "model underfits — the closed form shows what the model can reach. The loss curves flatten as SGD nears "
              "it.",
        "zh": "拖动迭代周期：训练初期 SGD 的训练损失高，是因为尚未收敛，而不是模型欠拟合——解析解显示了模型所能达到的程度。"
              "SGD 接近解析解时损失曲线变平。",
    },
    "fit.notice_generalisation": {
        "en": "The training loss is the training error; the test loss estimates the generalisation error (泛化误差), "
              "the expected loss on any new sample. That estimate is fair because training and test samples are drawn "
              "independently from the same distribution (the i.i.d. assumption; here x ~ N(0, 1) and the same "
              "noise). The parameters are chosen to lower the training error, so it tends to be the lower of the two, "
              "and lowering it further does not by itself lower the generalisation error.",
        "zh": "训练损失就是训练误差；测试损失是对泛化误差的估计，即模型在任意一个新样本上误差的期望。这个估计之所以公平，"
              "是因为训练样本和测试样本都独立地来自同一分布（独立同分布假设；这里是 x ~ N(0, 1) 加上同样的噪声）。"
              "参数是为降低训练误差而选的，所以训练误差往往是两者中较低的一个；一味降低它，并不意味着泛化误差也会降低。",
    },
    "fit.notice_decay": {
        "en": "Weight decay (D2L 3.12, below) trades training loss for test loss: at λ = 3 the training loss rises from "
              "{free_train} to {decay_train}, while the test loss falls from {free_test} to {decay_test} and ‖w‖₂ from "
              "{free_norm} to {decay_norm}.",
        "zh": "权重衰减（下方的 D2L 3.12）用训练损失换测试损失：λ = 3 时训练损失从 {free_train} 升到 {decay_train}，"
              "测试损失则从 {free_test} 降到 {decay_test}，‖w‖₂ 从 {free_norm} 降到 {decay_norm}。",
    },
    "fit.maths_caption": {
        "en": "The model, its L2 loss (½ squared error, averaged over n samples), the minibatch SGD step with weight "
              "decay λ that Trainer performs — the same step written as a shrink by 1 − ηλ, hence the name weight "
              "decay — and the closed form it approaches.",
        "zh": "模型、L2 损失（平方误差的一半，对 n 个样本取平均）、Trainer 执行的带权重衰减 λ 的小批量 SGD 步骤——"
              "同一步也可写成先乘以 1 − ηλ 把权重缩小，这正是“权重衰减”名称的由来——以及它所逼近的解析解。",
    },
    "fit.q": {
        "en": "A degree-20 polynomial is fitted exactly — by its closed form, least squares without weight decay — to 10 "
              "noisy samples. Compared with the cubic's closed form on 100 samples, what do you expect?",
        "zh": "用解析解（不带权重衰减的最小二乘）把一个 20 阶多项式精确拟合到 10 个带噪声的样本上。"
              "与 100 个样本上三阶多项式的解析解相比，你预计会怎样？",
    },
    "fit.q_a": {"en": "Both its training and test loss are lower: more parameters fit better.",
                "zh": "训练损失和测试损失都更低：参数越多拟合越好。"},
    "fit.q_b": {"en": "Its training loss is 0, but its test loss is far higher.",
                "zh": "训练损失为 0，但测试损失高得多。"},
    "fit.q_c": {"en": "Its training loss is higher but its test loss is lower.", "zh": "训练损失更高，但测试损失更低。"},
    "fit.q_why": {
        "en": "Try the preset “Overfit: degree 20” (10 samples, seed 0, σ = 0.1): with 21 coefficients for 10 points the "
              "closed form passes through every training point (training loss {train}) and swings wildly between and "
              "beyond them: test loss {test}, against {cubic_test} for the cubic on 100 samples. SGD with D2L's "
              "settings does not get there in {epochs} epochs: it stops at {sgd_train} / {sgd_test}, close to what it "
              "makes of the cubic on the same 10 samples ({cubic10_train} / {cubic10_test}) — it has not converged, "
              "as the page's verdict says.",
        "zh": "试试预设“过拟合：20 阶”（10 个样本，种子 0，σ = 0.1）：10 个点却有 21 个系数，解析解穿过每个训练点（训练损失 "
              "{train}），在点之间和点之外剧烈摆动：测试损失 {test}，而 100 个样本上的三阶解析解只有 {cubic_test}。"
              "用 D2L 设置的 SGD 在 {epochs} 个周期内到不了那里：它停在 {sgd_train} / {sgd_test}，"
              "与它在同样 10 个样本上训练三阶多项式的结果（{cubic10_train} / {cubic10_test}）相近——它还没有收敛，"
              "正如本页的结论所说。",
    },
}
