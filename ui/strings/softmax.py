"""The softmax and cross-entropy page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "softmax.title": {"en": "Softmax and cross-entropy", "zh": "softmax 与交叉熵"},
    "softmax.nav": {"en": "Softmax & cross-entropy", "zh": "softmax 与交叉熵"},
    "softmax.idea": {
        "en": "Raw scores are hard to read and to compare. Softmax turns them into probabilities without changing "
              "which class wins; cross-entropy then charges −log of the probability given to the true class.",
        "zh": "原始输出分数难以直观判断、也难以比较。softmax 把它们变成概率，且不改变哪个类别胜出；"
              "交叉熵再对真实类别所得概率取 −log 作为损失。",
    },
    "sm.presets": {"en": "Presets:", "zh": "预设："},
    "sm.preset.notes": {"en": "The notes' example: 1, 2, 0.5", "zh": "笔记中的例子：1, 2, 0.5"},
    "sm.preset.d2l": {"en": "D2L's example: 0.1, 10, 0.1", "zh": "D2L 中的例子：0.1, 10, 0.1"},
    "sm.preset.huge": {"en": "Huge scores: 1000, 0, −1000", "zh": "极大的分数：1000, 0, −1000"},
    "sm.logits": {"en": "Scores o (logits), 2 to 10, separated by commas",
                  "zh": "输出分数 o（logits），2 到 10 个，用逗号分隔"},
    "sm.names": {"en": "Class names", "zh": "类别名称"},
    "sm.names_mismatch": {
        "en": "Give {count} different names, one per score; numbered names are used meanwhile.",
        "zh": "请给出 {count} 个互不相同的名称，与分数一一对应；暂时使用编号作为名称。",
    },
    "sm.numbered": {"en": "class {}", "zh": "类别 {}"},
    "sm.label": {"en": "True class y", "zh": "真实类别 y"},
    "sm.temperature": {"en": "Temperature T", "zh": "温度 T"},
    "sm.forms": {
        "en": "Type 2 to 10 numbers such as `1, 2, 0.5` or `1000 0 -1000`, each within ±10000.",
        "zh": "请输入 2 到 10 个数，如 `1, 2, 0.5` 或 `1000 0 -1000`，每个数的绝对值不超过 10000。",
    },
    "sm.err.too_long": {"en": "The scores are longer than {limit} characters.", "zh": "分数超过了 {limit} 个字符。"},
    "sm.err.too_few": {"en": "Softmax needs at least {minimum} scores.", "zh": "softmax 至少需要 {minimum} 个分数。"},
    "sm.err.too_many": {"en": "At most {maximum} classes, please.", "zh": "最多 {maximum} 个类别。"},
    "sm.err.not_a_number": {"en": "“{token}” is not a number.", "zh": "“{token}”不是一个数。"},
    "sm.err.too_large": {
        "en": "{token} is beyond ±{limit}; the page promises exact results up to that size.",
        "zh": "{token} 超出了 ±{limit}；本页只在此范围内保证结果精确。",
    },
    "sm.readout": {
        "en": "**p({name}) = {p}  ·  loss −log p = {loss}  ·  entropy H = {entropy}**",
        "zh": "**p({name}) = {p}  ·  损失 −log p = {loss}  ·  熵 H = {entropy}**",
    },
    "sm.true_class": {"en": "true class", "zh": "真实类别"},
    "sm.other_class": {"en": "other classes", "zh": "其他类别"},
    "sm.logits_axis": {"en": "scores o", "zh": "分数 o"},
    "sm.probabilities_axis": {"en": "softmax(o / T)", "zh": "softmax(o / T)"},
    "sm.argmax_same": {
        "en": "The arg-max is the same on both sides ({name}): softmax never changes the predicted class.",
        "zh": "两边的最大值对应同一个类别（{name}）：softmax 从不改变预测的类别。",
    },
    "sm.argmax_tie": {
        "en": "Some scores tie; the first of them ({name}) is reported as the arg-max on both sides.",
        "zh": "有分数并列；两边都把其中第一个（{name}）作为最大值。",
    },
    "sm.p_axis": {"en": "probability of the true class p", "zh": "真实类别的概率 p"},
    "sm.loss_axis": {"en": "−log p", "zh": "−log p"},
    "sm.loss_title": {"en": "The loss on its curve", "zh": "损失在曲线上的位置"},
    "sm.pushed_up": {"en": "pushed up", "zh": "被推高"},
    "sm.pushed_down": {"en": "pushed down", "zh": "被压低"},
    "sm.gradient_title": {"en": "The gradient (p − onehot(y)) / T", "zh": "梯度 (p − onehot(y)) / T"},
    "sm.temperature_axis": {"en": "temperature T (log scale)", "zh": "温度 T（对数坐标）"},
    "sm.entropy_axis": {"en": "entropy H (nats)", "zh": "熵 H（奈特）"},
    "sm.entropy_title": {"en": "Entropy as T changes (dashed: log n)", "zh": "熵随温度的变化（虚线：log n）"},
    "sm.notice_argmax": {
        "en": "Softmax keeps the order of the scores: the class with the largest score always gets the largest "
              "probability, and the probabilities add up to 1.",
        "zh": "softmax 保持分数的大小顺序：分数最大的类别概率也最大，且所有概率之和为 1。",
    },
    "sm.notice_loss": {
        "en": "Cross-entropy looks only at the true class: p({name}) = {p}, so the loss is −log {p} = {loss}. "
              "It is 0 only when p = 1 and grows without bound as p → 0.",
        "zh": "交叉熵只看真实类别：p({name}) = {p}，所以损失为 −log {p} = {loss}。只有 p = 1 时损失为 0，p → 0 时损失趋于无穷。",
    },
    "sm.notice_gradient": {
        "en": "The gradient is simply p − onehot(y) (divided by T): a gradient-descent step raises the true "
              "class's score and lowers every other score in proportion to the probability it took.",
        "zh": "梯度就是 p − onehot(y)（再除以 T）：一步梯度下降会提高真实类别的分数，并按各类别所占概率压低其他类别的分数。",
    },
    "sm.notice_temperature": {
        "en": "Temperature T = {T} divides the scores: T < 1 sharpens the distribution (entropy falls), T > 1 "
              "flattens it towards uniform (entropy rises to log n). The winner never changes.",
        "zh": "温度 T = {T} 会除以分数：T < 1 使分布更尖锐（熵下降），T > 1 使分布趋于均匀（熵升至 log n）。胜出的类别始终不变。",
    },
    "sm.maths_caption": {
        "en": "MXNet computes the probabilities (nd.softmax), Gluon the loss (SoftmaxCrossEntropyLoss) and autograd "
              "the gradient; the tests check all three against these formulas.",
        "zh": "概率由 MXNet 计算（nd.softmax），损失由 Gluon 计算（SoftmaxCrossEntropyLoss），梯度由 autograd 计算；测试用这些公式逐一核对。",
    },
    "sm.stability_title": {"en": "Numerical stability", "zh": "数值稳定性"},
    "sm.stability_text": {
        "en": "exp(1000) is beyond float32 (and float64): a naive exp-then-divide gives inf / inf = NaN. "
              "Subtracting the largest score first changes nothing mathematically — the factor exp(−max) cancels — "
              "but keeps every exponent ≤ 0. Gluon's loss uses the same log-sum-exp trick. Try the *Huge scores* preset.",
        "zh": "exp(1000) 超出了 float32（以及 float64）的范围：先求 exp 再相除会得到 inf / inf = NaN。"
              "先减去最大的分数在数学上不改变结果（因子 exp(−max) 会约掉），却能让所有指数都 ≤ 0。"
              "Gluon 的损失函数用的也是这个 log-sum-exp 技巧。试试“极大的分数”这个预设。",
    },
    "sm.col_method": {"en": "method", "zh": "方法"},
    "sm.col_probabilities": {"en": "probabilities (T = 1)", "zh": "概率（T = 1）"},
    "sm.col_loss": {"en": "loss", "zh": "损失"},
    "sm.naive": {"en": "naive exp(o) / Σ exp(o), float32", "zh": "直接计算 exp(o) / Σ exp(o)，float32"},
    "sm.stable": {"en": "exp(o − max o) / Σ exp(o − max o)", "zh": "exp(o − max o) / Σ exp(o − max o)"},
    "sm.gluon": {"en": "Gluon SoftmaxCrossEntropyLoss", "zh": "Gluon SoftmaxCrossEntropyLoss"},
    "sm.stability_caption": {
        "en": "Loss for the true class {name}. Gluon does not check labels: it truncates a label of 0.9 to 0 and "
              "clips one out of range, so this page checks them before they reach it.",
        "zh": "真实类别 {name} 的损失。Gluon 不检查标签：标签 0.9 会被截断为 0，越界的标签会被截到范围内，因此本页在交给它之前先检查标签。",
    },
    "sm.why_title": {"en": "Why cross-entropy?", "zh": "为什么用交叉熵？"},
    "sm.why_text": {
        "en": "D2L's example: the true class is the third. Both predictions pick it with probability 0.6. "
              "Squared loss tells them apart because it also scores the wrong classes; cross-entropy, which only "
              "looks at the true class, gives both the same loss −log 0.6.",
        "zh": "D2L 中的例子：真实类别是第三类，两个预测都以 0.6 的概率选中它。平方损失会区分二者，因为它也计较错误类别的概率；"
              "交叉熵只看真实类别，两者的损失都是 −log 0.6。",
    },
    "sm.col_prediction": {"en": "prediction ŷ", "zh": "预测 ŷ"},
    "sm.col_squared": {"en": "squared loss Σ(ŷ − y)²", "zh": "平方损失 Σ(ŷ − y)²"},
    "sm.col_cross_entropy": {"en": "cross-entropy −log ŷ₃", "zh": "交叉熵 −log ŷ₃"},
    "sm.batch_title": {"en": "A batch", "zh": "一个批量"},
    "sm.batch_text": {
        "en": "Training averages the loss over a batch, l = 1/n Σ −log ŷ⁽ⁱ⁾ (the notes' formula). Random scores "
              "for {classes} classes; each loss computed by Gluon at the current temperature.",
        "zh": "训练时对一个批量的损失取平均：l = 1/n Σ −log ŷ⁽ⁱ⁾（即笔记中的公式）。下面是 {classes} 个类别的随机分数；"
              "每个样本的损失由 Gluon 按当前温度计算。",
    },
    "sm.batch_size": {"en": "Examples n", "zh": "样本数 n"},
    "sm.batch_seed": {"en": "Random seed", "zh": "随机种子"},
    "sm.col_example": {"en": "example", "zh": "样本"},
    "sm.col_logits": {"en": "scores", "zh": "分数"},
    "sm.col_label": {"en": "true class", "zh": "真实类别"},
    "sm.batch_mean": {
        "en": "Mean over the n = {n} examples: **l = {mean}**",
        "zh": "n = {n} 个样本的平均：**l = {mean}**",
    },
    "sm.layer_title": {"en": "The layer", "zh": "网络层"},
    "sm.inputs": {"en": "Inputs d (features)", "zh": "输入 d（特征数）"},
    "sm.outputs": {"en": "Outputs q (classes)", "zh": "输出 q（类别数）"},
    "sm.layer_count": {
        "en": "Softmax regression is one fully connected layer: every output o_j depends on every input. "
              "{d} inputs × {q} outputs = **{weights} weights**, plus **{biases} biases**: **{total} parameters**. "
              "(The notes' example: 4 pixels, 3 animals → 12 + 3.)",
        "zh": "softmax 回归就是一个全连接层：每个输出 o_j 都依赖所有输入。{d} 个输入 × {q} 个输出 = **{weights} 个权重**，"
              "再加 **{biases} 个偏差**：共 **{total} 个参数**。（笔记中的例子：4 个像素、3 种动物 → 12 + 3。）",
    },
    "sm.q": {"en": "Every score is doubled (or T is halved). What happens to the predicted class?",
             "zh": "把每个分数都乘以 2（或把 T 减半），预测的类别会怎样？"},
    "sm.q_a": {"en": "It stays the same; the probabilities get sharper", "zh": "不变；概率分布变得更尖锐"},
    "sm.q_b": {"en": "It may change to another class", "zh": "可能变成另一个类别"},
    "sm.q_c": {"en": "All classes become equally likely", "zh": "所有类别变得同样可能"},
    "sm.q_why": {
        "en": "Scaling all scores by the same positive factor keeps their order, and softmax preserves order, "
              "so the arg-max stays; the gaps grow, so the winner's probability rises. Try it with the temperature slider.",
        "zh": "所有分数乘以同一个正数不改变它们的顺序，而 softmax 保持顺序，所以最大值对应的类别不变；分数差距变大，"
              "胜出类别的概率随之升高。用温度滑块试一试。",
    },
}
