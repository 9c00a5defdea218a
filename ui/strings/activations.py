"""The activation-functions page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "activations.title": {"en": "Activation functions", "zh": "激活函数"},
    "activations.nav": {"en": "Activations", "zh": "激活函数"},
    "activations.idea": {
        "en": "Without a non-linear activation, stacked layers collapse into one linear map. Each activation "
              "bends differently — and its derivative decides how much gradient flows back through it.",
        "zh": "没有非线性的激活函数，多层叠加仍只是一个线性变换。不同激活函数弯曲的方式不同，而它的导数决定了有多少梯度能反向传回去。",
    },
    "act.function": {"en": "Function", "zh": "函数"},
    "act.compare": {"en": "Compare with (up to two)", "zh": "对比（最多两个）"},
    "act.compare_none": {"en": "none", "zh": "不对比"},
    "act.range": {"en": "x-range", "zh": "x 的范围"},
    "act.probe": {"en": "Probe point x₀", "zh": "探测点 x₀"},
    "act.alpha": {"en": "Slope α (leaky ReLU, ELU)", "zh": "斜率 α（Leaky ReLU、ELU）"},
    "act.readout": {
        "en": "#### f({x0}) = {y0}  ·  f′({x0}) = {slope}\nf′ from MXNet autograd",
        "zh": "#### f({x0}) = {y0}  ·  f′({x0}) = {slope}\nf′ 由 MXNet autograd 求得",
    },
    "act.saturated": {"en": "saturated", "zh": "饱和区"},
    "act.probe_outside": {
        "en": "The probe point lies outside the plotted range: widen the x-range to see it.",
        "zh": "探测点不在绘图范围内：放宽 x 的范围即可看到。",
    },
    "act.legend": {
        "en": "Solid: f(x). Dashed: f′(x), computed by MXNet autograd. Red: the probe x₀ (click the chart to move it) and "
              "the tangent there, whose slope is f′(x₀). Grey bands: |f′| < {threshold} for the first function — saturation, "
              "where almost no gradient gets through.",
        "zh": "实线：f(x)；虚线：由 MXNet autograd 求得的 f′(x)。红色：探测点 x₀（点击图表即可移动）及该处切线，切线斜率就是 f′(x₀)。"
              "灰色区域：第一个函数的 |f′| < {threshold}，即饱和区，几乎没有梯度能通过。",
    },
    "act.kink.relu": {
        "en": "x₀ = 0 is ReLU's kink: the slope is 0 on the left and 1 on the right, so there is no derivative. "
              "MXNet's autograd returns ReLU′(0) = {value}. Any value in [0, 1] is a valid *subgradient*, and "
              "training does not care: an input lands exactly on 0 almost never.",
        "zh": "x₀ = 0 是 ReLU 的拐点：左侧斜率为 0，右侧为 1，此处不可导。MXNet 的 autograd 给出 ReLU′(0) = {value}。"
              "[0, 1] 中任何值都是合法的*次梯度*，对训练没有影响：输入恰好等于 0 的情况几乎不会发生。",
    },
    "act.kink.leaky_relu": {
        "en": "x₀ = 0 is leaky ReLU's kink (slope α on the left, 1 on the right). MXNet's autograd returns "
              "f′(0) = {value}, the left slope; any value between α and 1 is a valid subgradient.",
        "zh": "x₀ = 0 是 Leaky ReLU 的拐点（左侧斜率 α，右侧为 1）。MXNet 的 autograd 给出 f′(0) = {value}，即左侧斜率；"
              "α 与 1 之间的任何值都是合法的次梯度。",
    },
    "act.kink.elu": {
        "en": "x₀ = 0 is where ELU's two pieces meet (slope α on the left, 1 on the right; smooth only when α = 1). "
              "MXNet's autograd returns f′(0) = {value}.",
        "zh": "x₀ = 0 是 ELU 两段的交界（左侧斜率 α，右侧为 1；只有 α = 1 时才光滑）。MXNet 的 autograd 给出 f′(0) = {value}。",
    },
    "act.note.relu": {
        "en": "**ReLU** keeps positive inputs and zeroes the rest: range [0, ∞). Its slope is exactly 1 for every "
              "x > 0, so gradients pass through unchanged — the default choice for hidden layers (D2L uses it "
              "in its MLP). For x < 0 the slope is 0: a unit that only ever sees negative inputs stops learning.",
        "zh": "**ReLU** 保留正输入、把其余置零：值域 [0, ∞)。x > 0 时斜率恒为 1，梯度原样通过——这是隐藏层的默认选择"
              "（D2L 的多层感知机就用它）。x < 0 时斜率为 0：只收到负输入的单元会停止学习。",
    },
    "act.note.sigmoid": {
        "en": "**sigmoid** squeezes any input into (0, 1), which is why it suits a probability. Its derivative "
              "σ(x)(1 − σ(x)) is at most 0.25, at x = 0: every sigmoid layer shrinks the gradient by at least 4×.",
        "zh": "**sigmoid** 把任意输入压缩到 (0, 1) 之间，因此适合表示概率。它的导数 σ(x)(1 − σ(x)) 最大只有 0.25（在 x = 0 处）："
              "每经过一层 sigmoid，梯度至少缩小 4 倍。",
    },
    "act.note.tanh": {
        "en": "**tanh** squeezes inputs into (−1, 1) and is centred at 0. Its derivative 1 − tanh²(x) peaks at 1 "
              "at x = 0 — four times sigmoid's — but it saturates just as surely for large |x|.",
        "zh": "**tanh** 把输入压缩到 (−1, 1)，并以 0 为中心。它的导数 1 − tanh²(x) 在 x = 0 处达到最大值 1，是 sigmoid 的 4 倍，"
              "但 |x| 较大时同样会饱和。",
    },
    "act.note.leaky_relu": {
        "en": "**Leaky ReLU** lets a little through for x < 0 (slope α), so no unit goes silent for good. "
              "Range (−∞, ∞) for α > 0; with α = 0 it is ReLU.",
        "zh": "**Leaky ReLU** 在 x < 0 时也让一点信号通过（斜率 α），单元不会永久“死亡”。α > 0 时值域为 (−∞, ∞)；α = 0 时就是 ReLU。",
    },
    "act.note.elu": {
        "en": "**ELU** is the identity for x > 0 and bends smoothly down to −α for x < 0: range (−α, ∞). Its "
              "outputs average closer to 0 than ReLU's.",
        "zh": "**ELU** 在 x > 0 时等于 x，x < 0 时平滑地下降并趋近 −α：值域 (−α, ∞)。它的输出均值比 ReLU 更接近 0。",
    },
    "act.note.gelu": {
        "en": "**GELU** weighs x by the chance Φ(x) that a standard normal variable is below it: a smooth ReLU "
              "that dips slightly below 0 (minimum ≈ −0.17). Used in Transformers (BERT, GPT).",
        "zh": "**GELU** 用标准正态变量小于 x 的概率 Φ(x) 给 x 加权：一个平滑的 ReLU，在 0 以下略有下探（最小约 −0.17）。"
              "Transformer（BERT、GPT）中常用。",
    },
    "act.note.softplus": {
        "en": "**softplus** log(1 + eˣ) is a smooth ReLU with range (0, ∞); its derivative is exactly the sigmoid. "
              "MXNet calls it `softrelu`.",
        "zh": "**softplus** log(1 + eˣ) 是平滑版的 ReLU，值域 (0, ∞)；它的导数恰好就是 sigmoid。MXNet 中叫 `softrelu`。",
    },
    "act.note.swish": {
        "en": "**swish / SiLU** x·σ(x) is smooth, not monotonic (it dips to ≈ −0.28) and unbounded above; "
              "its slope overshoots 1 a little (≈ 1.1) before settling.",
        "zh": "**swish / SiLU** x·σ(x) 光滑、非单调（最低约 −0.28）、上方无界；它的斜率会略微超过 1（约 1.1）再回落。",
    },
    "act.note_peak": {
        "en": "On [{lo}, {hi}], {fn}′ is largest at x = {at}, where it equals **{peak}**.",
        "zh": "在 [{lo}, {hi}] 上，{fn}′ 在 x = {at} 处最大，值为 **{peak}**。",
    },
    "act.note_saturation": {
        "en": "Backpropagation multiplies the gradient by f′ at every layer: where |f′| < {threshold} (grey), "
              "almost nothing reaches the layers below. The depth experiment below shows it happen.",
        "zh": "反向传播在每一层都要乘以 f′：在 |f′| < {threshold} 的灰色区域，几乎没有梯度能传到下面的层。下面的深度实验会展示这一现象。",
    },
    "act.maths_caption": {
        "en": "The page does not use these derivative formulas: MXNet's autograd computes f′; the tests check it "
              "against these closed forms and against finite differences.",
        "zh": "本页并不使用这些导数公式：f′ 由 MXNet 的 autograd 计算；测试会用这些解析式和有限差分来核对它。",
    },
    "act.depth_title": {"en": "Depth: vanishing and exploding gradients", "zh": "深度：梯度消失与梯度爆炸"},
    "act.depth_idea": {
        "en": "An MLP of many layers zₗ = hₗ₋₁Wₗ, hₗ = f(zₗ), weights drawn from N(0, σ²), fed a seeded random "
              "batch, with L = Σ h_last / batch. One backward pass by MXNet autograd gives, for every layer, the "
              "error signal δₗ = ∂L/∂zₗ that back-propagation carries down, and the weight gradient "
              "∂L/∂Wₗ = hₗ₋₁ᵀδₗ that SGD uses. Layer 1 is nearest the input, the farthest from the loss.",
        "zh": "一个多层感知机 zₗ = hₗ₋₁Wₗ，hₗ = f(zₗ)，权重服从 N(0, σ²)，输入为固定种子生成的随机批量，L = Σ h_最后一层 / 批量大小。"
              "用 MXNet autograd 做一次反向传播，得到每层的误差信号 δₗ = ∂L/∂zₗ（反向传播向下传递的量）和权重梯度 "
              "∂L/∂Wₗ = hₗ₋₁ᵀδₗ（SGD 用它更新参数）。第 1 层离输入最近，离损失最远。",
    },
    "act.depth_function": {"en": "Activation", "zh": "激活函数"},
    "act.depth": {"en": "Layers", "zh": "层数"},
    "act.width": {"en": "Units per layer (n)", "zh": "每层单元数 (n)"},
    "act.init": {"en": "Weight scale", "zh": "权重尺度"},
    "act.sigma": {"en": "σ (weight standard deviation)", "zh": "σ（权重标准差）"},
    "act.seed": {"en": "Random seed", "zh": "随机种子"},
    "act.layer": {"en": "layer (1 = nearest the input)", "zh": "层（1 = 最靠近输入）"},
    "act.norm": {"en": "norm (log scale)", "zh": "范数（对数坐标）"},
    "act.depth_values": {
        "en": "With σ = {sigma}: the error signal ‖δ‖ is **{first}** at layer 1 and **{last}** at layer {depth}; "
              "the weight gradient ‖∂L/∂W‖ is **{first_w}** at layer 1 and **{last_w}** at layer {depth}.",
        "zh": "σ = {sigma} 时：误差信号 ‖δ‖ 在第 1 层为 **{first}**，第 {depth} 层为 **{last}**；"
              "权重梯度 ‖∂L/∂W‖ 在第 1 层为 **{first_w}**，第 {depth} 层为 **{last_w}**。",
    },
    "act.delta": {"en": "error signal ‖δₗ‖ = ‖∂L/∂zₗ‖", "zh": "误差信号 ‖δₗ‖ = ‖∂L/∂zₗ‖"},
    "act.weight": {"en": "weight gradient ‖∂L/∂Wₗ‖", "zh": "权重梯度 ‖∂L/∂Wₗ‖"},
    "act.vanish": {
        "en": "Layer 1 receives {ratio} times the error signal of the last layer: the gradient **vanishes** on its "
              "way down, and the first layers barely learn.",
        "zh": "第 1 层收到的误差信号只有最后一层的 {ratio} 倍：梯度在向下传的过程中**消失**了，前面几层几乎学不到东西。",
    },
    "act.explode": {
        "en": "Layer 1 receives {ratio} times the error signal of the last layer: the gradient **explodes** on its "
              "way down, and one SGD step would throw the first layers far off.",
        "zh": "第 1 层收到的误差信号是最后一层的 {ratio} 倍：梯度在向下传的过程中**爆炸**了，一步 SGD 就会把前面几层推得很远。",
    },
    "act.stable": {
        "en": "Layer 1 receives {ratio} times the error signal of the last layer: the gradient flows through the "
              "depth without vanishing or exploding. (ReLU with He's scale √(2/n) is built for this.)",
        "zh": "第 1 层收到的误差信号是最后一层的 {ratio} 倍：梯度穿过各层时既没有消失也没有爆炸。（ReLU 配合 He 初始化 √(2/n) 正是为此设计的。）",
    },
    "act.depth_code_caption": {
        "en": "The experiment in MXNet, with these settings (the notes' attach_grad → record → backward):",
        "zh": "用 MXNet 重现这个实验（即笔记中的 attach_grad → record → backward）：",
    },
    "act.q": {"en": "Where is the derivative of sigmoid largest, and how large is it?",
              "zh": "sigmoid 的导数在哪里最大？最大值是多少？"},
    "act.q_a": {"en": "At x = 0, where it is 0.25", "zh": "在 x = 0 处，值为 0.25"},
    "act.q_b": {"en": "As x grows large, where it approaches 1", "zh": "x 越大越大，趋近于 1"},
    "act.q_c": {"en": "At x = 0, where it is 1", "zh": "在 x = 0 处，值为 1"},
    "act.q_why": {
        "en": "σ′(x) = σ(x)(1 − σ(x)) is largest when σ(x) = ½, i.e. at x = 0, giving ½ · ½ = 0.25. "
              "(1 is tanh′(0).) So each sigmoid layer scales gradients by 0.25 at best.",
        "zh": "σ′(x) = σ(x)(1 − σ(x)) 在 σ(x) = ½ 即 x = 0 时最大，为 ½ · ½ = 0.25。（1 是 tanh′(0)。）所以每层 sigmoid 最多把梯度乘以 0.25。",
    },
}
