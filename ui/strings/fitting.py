"""The under- versus overfitting page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "fitting.title": {"en": "Underfitting and overfitting", "zh": "欠拟合与过拟合"},
    "fitting.nav": {"en": "Under- & overfitting", "zh": "欠拟合与过拟合"},
    "fitting.idea": {
        "en": "Too simple a model cannot fit even its training data; too flexible a model fits the noise and fails on "
              "new data. Watch both as Gluon trains a polynomial.",
        "zh": "模型过于简单，连训练数据都拟合不好；模型相对数据过于复杂，则会拟合噪声、在新数据上失效。观察 Gluon 训练多项式时的这两种情况。",
    },
    # --- the fit ---
    "fit.presets": {"en": "Presets (D2L 3.11):", "zh": "预设（D2L 3.11）："},
    "fit.preset.under": {"en": "Underfit: linear", "zh": "欠拟合：线性函数"},
    "fit.preset.right": {"en": "Just right: cubic", "zh": "正常：三阶多项式"},
    "fit.preset.two": {"en": "Overfit: cubic on 2 samples", "zh": "过拟合：2 个样本上的三阶多项式"},
    "fit.preset.high": {"en": "Overfit: degree 20 on 10 samples", "zh": "过拟合：10 个样本上的 20 阶多项式"},
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
    "fit.verdict.under": {
        "en": "**Underfitting.** The training loss {train} is far above the noise floor σ²/2 = {floor}: the model cannot "
              "follow even the data it is trained on. A higher degree (or more epochs) helps.",
        "zh": "**欠拟合。**训练损失 {train} 远高于噪声下限 σ²/2 = {floor}：模型连训练数据都拟合不好。"
              "提高阶数（或增加迭代周期）会有帮助。",
    },
    "fit.verdict.good": {
        "en": "**Neither under- nor overfitting.** Training loss {train} and test loss {test} are close to each other "
              "(test/train = {ratio}). The noise floor σ²/2 = {floor} is the least any model can reach on these data: "
              "the closer both come to it, the better the fit.",
        "zh": "**既不欠拟合也不过拟合。**训练损失 {train} 与测试损失 {test} 相近（测试/训练 = {ratio}）。"
              "噪声下限 σ²/2 = {floor} 是任何模型在这些数据上能达到的最小损失：两者越接近它，拟合越好。",
    },
    "fit.verdict.over": {
        "en": "**Overfitting.** The test loss {test} is {ratio}× the training loss {train}: the model has learnt the "
              "noise of its few training samples. More data, a lower degree or weight decay helps.",
        "zh": "**过拟合。**测试损失 {test} 是训练损失 {train} 的 {ratio} 倍：模型学到了少量训练样本中的噪声。"
              "增加数据、降低阶数或使用权重衰减会有帮助。",
    },
    "fit.verdict.diverged": {
        "en": "**Training diverged** at epoch {epoch}: the training loss passed float32's largest number ({limit}), "
              "where D2L's code prints inf. Each step overshoots more than the last; lower the learning rate.",
        "zh": "**训练在第 {epoch} 个周期发散：**训练损失超过了 float32 的最大值（{limit}），D2L 的代码此时会输出 inf。"
              "每一步都比上一步冲得更远；请降低学习率。",
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
        "en": "After {epochs} epochs SGD's training loss is still {gap} above the closed form's; its parameters are "
              "{distance} away (Euclidean distance, original scale).",
        "zh": "{epochs} 个周期后，SGD 的训练损失仍比解析解高 {gap}；其参数与解析解相距 {distance}（原始尺度下的欧氏距离）。",
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
        "en": "The same three runs as D2L 3.11 (100 epochs, learning rate 0.01, batch 10), on this page's data with "
              "seed {seed}. The numbers differ because the random data, initial weights and shuffles differ; the "
              "pattern is the same.",
        "zh": "与 D2L 3.11 相同的三次训练（100 个周期、学习率 0.01、批量 10），使用本页种子 {seed} 的数据。"
              "数值不同是因为随机数据、初始权重和打乱顺序不同；规律是一样的。",
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
        "en": "DataLoader shuffles with NumPy's global generator, so its numbers match the page's up to the order of "
              "the batches; the page replays fixed shuffles from the seed.",
        "zh": "DataLoader 用 NumPy 的全局随机数生成器打乱数据，因此输出与本页只在批次顺序上有所不同；本页按种子重放固定的打乱顺序。",
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
    "fit.wd_bias_effect": {
        "en": "At λ = {lambd}, decaying the bias too moves b from {b_free} to {b_decay}; the true bias is 0.05.",
        "zh": "λ = {lambd} 时，同时衰减偏差使 b 从 {b_free} 变为 {b_decay}；真实偏差为 0.05。",
    },
    # --- notice, maths, check ---
    "fit.notice_gap": {
        "en": "Underfitting shows in the training loss (it stays high); overfitting shows only in the gap between "
              "test and training loss — now {train} vs {test}.",
        "zh": "欠拟合体现在训练损失上（始终居高不下）；过拟合只体现在测试损失与训练损失之间的差距上——现在是 {train} 对 {test}。",
    },
    "fit.notice_data": {
        "en": "The same cubic on 2 samples overfits, on 100 it does not: complexity is only too high relative to the "
              "amount of data.",
        "zh": "同样的三阶多项式，在 2 个样本上过拟合，在 100 个样本上则不会：模型是否过于复杂，要相对于数据量来看。",
    },
    "fit.notice_scrub": {
        "en": "Scrub the epochs: early on even a good model underfits; the loss curves flatten once SGD is near the "
              "closed form.",
        "zh": "拖动迭代周期：训练初期即使是合适的模型也处于欠拟合；SGD 接近解析解后损失曲线变平。",
    },
    "fit.notice_decay": {
        "en": "Weight decay trades a slightly higher training loss for a much lower test loss and far smaller weights.",
        "zh": "权重衰减以略高的训练损失换取低得多的测试损失和小得多的权重。",
    },
    "fit.maths_caption": {
        "en": "The model, its L2 loss (½ squared error, averaged over n samples), the minibatch SGD step with weight "
              "decay λ that Trainer performs, and the closed form it approaches.",
        "zh": "模型、L2 损失（平方误差的一半，对 n 个样本取平均）、Trainer 执行的带权重衰减 λ 的小批量 SGD 步骤，以及它所逼近的解析解。",
    },
    "fit.q": {
        "en": "A degree-20 polynomial is trained on 10 samples with no weight decay. Compared with the cubic on 100 "
              "samples, what do you expect?",
        "zh": "用 10 个样本训练一个 20 阶多项式，不使用权重衰减。与在 100 个样本上训练的三阶多项式相比，你预计会怎样？",
    },
    "fit.q_a": {"en": "Both its training and test loss are lower: more parameters fit better.",
                "zh": "训练损失和测试损失都更低：参数越多拟合越好。"},
    "fit.q_b": {"en": "Its test loss is many times its training loss.", "zh": "测试损失是训练损失的许多倍。"},
    "fit.q_c": {"en": "Its training loss is higher but its test loss is lower.", "zh": "训练损失更高，但测试损失更低。"},
    "fit.q_why": {
        "en": "Try the preset “degree 20 on 10 samples”: with few samples the flexible model follows the noise of the "
              "training points, so the test loss ends up many times the training loss — the signature of overfitting.",
        "zh": "试试预设“10 个样本上的 20 阶多项式”：样本很少时，灵活的模型会追随训练点中的噪声，测试损失最终是训练损失的许多倍——这正是过拟合的标志。",
    },
}
