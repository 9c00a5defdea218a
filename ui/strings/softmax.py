"""The softmax and cross-entropy page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "softmax.title": {"en": "Softmax and cross-entropy", "zh": "softmax 与交叉熵"},
    "softmax.nav": {"en": "Softmax & cross-entropy", "zh": "softmax 与交叉熵"},
    "softmax.idea": {
        "en": "Raw scores have no fixed range, so they are hard to read, and their error against a discrete label is "
              "hard to measure. Softmax turns them into probabilities without changing which class wins; "
              "cross-entropy then charges −log of the probability given to the true class.",
        "zh": "直接使用输出值有两个问题：输出值的范围不确定，难以直观判断其意义；真实标签是离散值，输出值与之的误差难以衡量。"
              "softmax 把输出值变成概率，且不改变预测类别；交叉熵再对真实类别所得概率取 −log 作为损失。",
    },
    "sm.presets": {"en": "Presets:", "zh": "预设："},
    "sm.preset.default": {"en": "A close call: 1, 2, 0.5", "zh": "差距不大：1, 2, 0.5"},
    "sm.preset.d2l": {"en": "D2L's example: 0.1, 10, 0.1", "zh": "D2L 中的例子：0.1, 10, 0.1"},
    "sm.preset.d2l_help": {"en": "D2L 3.4's scores for dog, cat and chicken: o₂, the cat, wins.",
                           "zh": "D2L 3.4 中狗、猫、鸡的输出分数：o₂ 最大，即猫。"},
    "sm.preset.huge": {"en": "Huge scores: 1000, 0, −1000", "zh": "极大的分数：1000, 0, −1000"},
    "sm.logits": {"en": "Scores o (logits), 2 to 10, separated by commas",
                  "zh": "输出分数 o（logits），2 到 10 个，用逗号分隔"},
    "sm.names": {"en": "Class names (empty: D2L's dog, cat, chicken)", "zh": "类别名称（留空：D2L 的狗、猫、鸡）"},
    "sm.d2l_names": {"en": "dog, cat, chicken", "zh": "狗, 猫, 鸡"},
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
    "sm.err.empty_entry": {"en": "Score {position} is empty: two commas in a row.",
                           "zh": "第 {position} 个分数是空的：连续出现了两个逗号。"},
    "sm.err.too_many": {"en": "At most {maximum} classes, please.", "zh": "最多 {maximum} 个类别。"},
    "sm.err.not_a_number": {"en": "“{token}” is not a number.", "zh": "“{token}”不是一个数。"},
    "sm.err.too_large": {
        "en": "{token} is beyond ±{limit}; the page promises exact results up to that size.",
        "zh": "{token} 超出了 ±{limit}；本页只在此范围内保证结果精确。",
    },
    "sm.readout": {
        "en": "**p({name}) = {p}  ·  loss −log p = {loss}  ·  spread of ŷ: entropy H(ŷ) = {entropy}**",
        "zh": "**p({name}) = {p}  ·  损失 −log p = {loss}  ·  ŷ 的分散程度：熵 H(ŷ) = {entropy}**",
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
        "en": "Scores tie for the top ({names}): softmax gives them equal probabilities, so both sides mark all of "
              "them; argmax would report the first ({name}).",
        "zh": "最大的分数并列（{names}）：softmax 给它们相同的概率，因此两边都标出了它们；argmax 会返回其中第一个（{name}）。",
    },
    "sm.argmax_rounded": {
        "en": "{name} has the largest score, but its lead is below float64's precision: the probabilities print "
              "equal. Softmax keeps the order, so {name} is still the prediction.",
        "zh": "{name} 的分数最大，但领先的幅度低于 float64 的精度：打印出的概率相等。softmax 保持顺序，所以预测仍是 {name}。",
    },
    "sm.p_axis": {"en": "probability of the true class p", "zh": "真实类别的概率 p"},
    "sm.loss_axis": {"en": "−log p", "zh": "−log p"},
    "sm.loss_title": {"en": "Loss −log p", "zh": "损失 −log p"},
    "sm.pushed_up": {"en": "pushed up", "zh": "被推高"},
    "sm.pushed_down": {"en": "pushed down", "zh": "被压低"},
    "sm.not_moved": {"en": "not moved (0)", "zh": "不动（0）"},
    "sm.gradient_title": {"en": "Gradient ∂ℓ/∂o", "zh": "梯度 ∂ℓ/∂o"},
    "sm.temperature_axis": {"en": "T (log scale)", "zh": "T（对数坐标）"},
    "sm.entropy_axis": {"en": "entropy H(ŷ) (nats)", "zh": "熵 H(ŷ)（奈特）"},
    "sm.entropy_title": {"en": "Entropy H(ŷ) against T", "zh": "熵 H(ŷ) 随温度 T 的变化"},
    "sm.scores_description": {
        "en": "Bar charts: the score o of every class and its softmax probability; the true class is green, the "
              "largest score and the largest probability are marked argmax.",
        "zh": "柱状图：每个类别的分数 o 及其 softmax 概率；真实类别为绿色，最大的分数和最大的概率标有 argmax。",
    },
    "sm.loss_description": {
        "en": "The curve −log p for p from 0 to 1, with this example's point on it; its loss is written in the top-right corner.",
        "zh": "曲线 −log p（p 从 0 到 1）及本例在曲线上的点；其损失写在右上角。",
    },
    "sm.gradient_description": {
        "en": "Bar chart of the gradient of the loss with respect to each score: negative bars are pushed up, positive ones down.",
        "zh": "损失对每个分数的梯度的柱状图：负值的分数被推高，正值的被压低。",
    },
    "sm.entropy_description": {
        "en": "The entropy of softmax(o / T) for T from 0.05 to 10 on a log scale, approaching log n; the current T is marked.",
        "zh": "softmax(o / T) 的熵随 T（0.05 到 10，对数坐标）的变化，趋近 log n；标出了当前的 T。",
    },
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
        "en": "The scores are divided by the temperature T = {T}: T < 1 sharpens the distribution (entropy falls), "
              "T > 1 flattens it towards uniform (entropy approaches log n, never quite reaching it). The winner never changes.",
        "zh": "分数除以温度 T = {T}：T < 1 使分布更尖锐（熵下降），T > 1 使分布趋于均匀（熵趋近 log n，但达不到）。"
              "预测的类别始终不变。",
    },
    "sm.maths_caption": {
        "en": "Cross-entropy compares two distributions, H(y, ŷ) = −Σⱼ yⱼ log ŷⱼ; with a one-hot label y every term but "
              "the true class's is 0, which leaves −log ŷ_y. Over n examples (last line), minimising the mean loss "
              "maximises the product of the ŷ⁽ⁱ⁾ of the true labels, the joint probability the model gives all the "
              "labels (see the batch tab). "
              "MXNet computes the probabilities (nd.softmax), Gluon the loss and autograd the gradient; the tests "
              "check all three against these formulas. H(ŷ) is the entropy of the prediction alone.",
        "zh": "交叉熵衡量两个分布的差异：H(y, ŷ) = −Σⱼ yⱼ log ŷⱼ；标签 y 是 one-hot 向量时，除真实类别外各项都为 0，只剩 −log ŷ_y。"
              "对 n 个样本（最后一行），最小化平均损失等价于最大化各样本真实类别预测概率的乘积，即训练数据集所有标签类别的联合预测概率（见“一个批量”）。"
              "概率由 MXNet 计算（nd.softmax），损失由 Gluon 计算，梯度由 autograd 计算；测试用这些公式逐一核对。"
              "H(ŷ) 则是预测分布自身的熵。",
    },
    "sm.stability_title": {"en": "Numerical stability", "zh": "数值稳定性"},
    "sm.stability_text": {
        "en": "Three ways to the same softmax, all in float32, MXNet's default. exp(1000) overflows: the naive "
              "exp-then-divide gives inf / inf = NaN. Subtracting the largest score first changes nothing "
              "mathematically (the factor exp(−max) cancels) and cures the overflow, but not the underflow: "
              "exp(−1000) is 0, so −log p of that class is inf. The third way never forms that p: log-softmax "
              "computes log p = (o − max o) − log Σ exp(o − max o) (log-sum-exp) and reads the loss from it. "
              "This is why Gluon defines softmax and cross-entropy together in SoftmaxCrossEntropyLoss: "
              "it is numerically more stable. Try the *Huge scores* preset. (float32 keeps about 7 digits, so on harmless "
              "scores the rows agree to about 6 digits of the largest term, no better.)",
        "zh": "同一个 softmax 的三种算法，都用 MXNet 默认的 float32。exp(1000) 上溢：直接先求 exp 再相除得到 inf / inf = NaN。"
              "先减去最大的分数在数学上不改变结果（因子 exp(−max) 会约掉），解决了上溢，却解决不了下溢："
              "exp(−1000) 等于 0，该类别的 −log p 就是 inf。第三种算法根本不算出这个 p：log-softmax 直接计算 "
              "log p = (o − max o) − log Σ exp(o − max o)（log-sum-exp），再由它得到损失。"
              "这正是 Gluon 同时定义 softmax 和交叉熵损失函数（SoftmaxCrossEntropyLoss）的原因：数值稳定性更好。"
              "试试“极大的分数”这个预设。（float32 大约只有 7 位有效数字，所以对普通的分数，各行结果只在最大项的约 6 位有效数字内一致。）",
    },
    "sm.col_method": {"en": "method", "zh": "方法"},
    "sm.col_probabilities": {"en": "probabilities p (T = 1, float32)", "zh": "概率 p（T = 1，float32）"},
    "sm.col_loss": {"en": "loss", "zh": "损失"},
    "sm.naive": {"en": "1. naive: exp(o) / Σ exp(o)", "zh": "1. 直接计算：exp(o) / Σ exp(o)"},
    "sm.stable": {"en": "2. subtract the max: exp(o − max o) / Σ exp(o − max o)",
                  "zh": "2. 先减去最大值：exp(o − max o) / Σ exp(o − max o)"},
    "sm.log_softmax": {"en": "3. log-softmax: log p = o − max o − log Σ exp(o − max o)",
                       "zh": "3. log-softmax：log p = o − max o − log Σ exp(o − max o)"},
    "sm.gluon": {"en": "Gluon SoftmaxCrossEntropyLoss", "zh": "Gluon SoftmaxCrossEntropyLoss"},
    "sm.stability_caption": {
        "en": "Loss for the true class {name}. Gluon does not check labels: it truncates a label of 0.9 to 0 and "
              "clips one out of range, so this page checks them before they reach it.",
        "zh": "真实类别 {name} 的损失。Gluon 不检查标签：标签 0.9 会被截断为 0，越界的标签会被截到范围内，因此本页在交给它之前先检查标签。",
    },
    "sm.why_title": {"en": "Why cross-entropy?", "zh": "为什么用交叉熵？"},
    "sm.why_text": {
        "en": "D2L's example: the true class is the third, and both predictions give it 0.6, so both classify "
              "correctly: to be right, ŷ₃ only has to beat the other two. Squared loss is too strict: it also asks the "
              "wrong classes to match the label, and charges the second prediction more than the first. "
              "Cross-entropy looks only at the true class and charges both the same −log 0.6.",
        "zh": "D2L 中的例子：真实类别是第三类，两个预测都给它 0.6 的概率，所以分类都正确：只要 ŷ₃ 比另外两个预测值大就行了。"
              "平方损失则过于严格：它还要求错误类别的概率也与标签一致，于是对第二个预测的损失比第一个大。"
              "交叉熵只关心真实类别的预测概率，两者的损失都是 −log 0.6。",
    },
    "sm.col_prediction": {"en": "prediction ŷ", "zh": "预测 ŷ"},
    "sm.col_squared": {"en": "squared loss ‖ŷ − y‖²/2", "zh": "平方损失 ‖ŷ − y‖²/2"},
    "sm.col_cross_entropy": {"en": "cross-entropy −log ŷ₃", "zh": "交叉熵 −log ŷ₃"},
    "sm.batch_title": {"en": "A batch", "zh": "一个批量"},
    "sm.batch_text": {
        "en": "Training averages the loss over a batch, $\\ell = -\\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}} \\log \\hat y^{{(i)}}_{{y^{{(i)}}}}$ "
              "(the notes write it without the minus sign). Random scores for {classes} classes at T = 1; each "
              "loss computed by Gluon.",
        "zh": "训练时对一个批量的损失取平均：$\\ell = -\\frac{{1}}{{n}}\\sum_{{i=1}}^{{n}} \\log \\hat y^{{(i)}}_{{y^{{(i)}}}}$"
              "（笔记中的公式漏写了负号）。下面是 {classes} 个类别的随机分数，T = 1；每个样本的损失由 Gluon 计算。",
    },
    "sm.batch_size": {"en": "Examples n", "zh": "样本数 n"},
    "sm.batch_seed": {"en": "Random seed", "zh": "随机种子"},
    "sm.col_example": {"en": "example", "zh": "样本"},
    "sm.col_logits": {"en": "scores", "zh": "分数"},
    "sm.col_label": {"en": "true class", "zh": "真实类别"},
    "sm.batch_mean": {
        "en": "Mean over the n = {n} examples: **ℓ = {mean}**. The probability the model gives all {n} labels at "
              "once is Π p_y = e^(−n ℓ) = **{joint}**: a smaller mean loss is a larger joint probability.",
        "zh": "n = {n} 个样本的平均：**ℓ = {mean}**。模型同时预测对这 {n} 个标签的联合概率为 Π p_y = e^(−n ℓ) = **{joint}**："
              "平均损失越小，联合预测概率越大。",
    },
    "sm.layer_title": {"en": "The layer", "zh": "网络层"},
    "sm.inputs": {"en": "Inputs d (features)", "zh": "输入 d（特征数）"},
    "sm.outputs": {"en": "Outputs q (classes)", "zh": "输出 q（类别数）"},
    "sm.layer_count": {
        "en": "Softmax regression is one fully connected layer: every output o_j depends on every input. "
              "{d} inputs × {q} outputs = **{weights} weights**, plus **{biases} biases**: **{total} parameters**. "
              "(The notes' example: 4 pixels, 3 animals → 12 + 3; D2L's Fashion-MNIST: 784 pixels, 10 classes → "
              "7840 + 10.)",
        "zh": "softmax 回归就是一个全连接层：每个输出 o_j 都依赖所有输入。{d} 个输入 × {q} 个输出 = **{weights} 个权重**，"
              "再加 **{biases} 个偏差**：共 **{total} 个参数**。（笔记中的例子：4 个像素、3 种动物 → 12 + 3；"
              "D2L 的 Fashion-MNIST：784 个像素、10 个类别 → 7840 + 10。）",
    },
    "sm.layer_d2l": {"en": "D2L's Fashion-MNIST: 784 → 10", "zh": "D2L 的 Fashion-MNIST：784 → 10"},
    "sm.layer_drawn": {
        "en": "Only {drawn} of the {d} inputs are drawn (the first ones, ⋮, the last), with their wires; the counts "
              "above are for all of them.",
        "zh": "图中只画出 {d} 个输入中的 {drawn} 个（前几个、⋮、最后一个）及其连线；上面的计数包括全部输入。",
    },
    "sm.layer_description": {
        "en": "Network diagram: {d} inputs on the left, {q} outputs on the right, every input wired to every output.",
        "zh": "网络示意图：左边 {d} 个输入，右边 {q} 个输出，每个输入都与每个输出相连。",
    },
    "sm.q": {"en": "Every score is doubled (or T is halved). What happens to the predicted class?",
             "zh": "把每个分数都乘以 2（或把 T 减半），预测的类别会怎样？"},
    "sm.q_a": {"en": "It may change to another class", "zh": "可能变成另一个类别"},
    "sm.q_b": {"en": "It stays the same; the probabilities get sharper", "zh": "不变；概率分布变得更尖锐"},
    "sm.q_c": {"en": "All classes become equally likely", "zh": "所有类别变得同样可能"},
    "sm.q_why": {
        "en": "Scaling all scores by the same positive factor keeps their order, and softmax preserves order, "
              "so the arg-max stays; the gaps grow, so the winner's probability rises. Try it with the temperature slider.",
        "zh": "所有分数乘以同一个正数不改变它们的顺序，而 softmax 保持顺序，所以最大值对应的类别不变；分数差距变大，"
              "胜出类别的概率随之升高。用温度滑块试一试。",
    },
}
