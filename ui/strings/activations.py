"""The activation-functions page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "activations.title": {"en": "Activation functions", "zh": "激活函数"},
    "activations.nav": {"en": "Activations", "zh": "激活函数"},
    "activations.idea": {
        "en": "Without a non-linear activation, stacked layers collapse into one affine map (XW + b). Each "
              "activation bends differently — and its derivative is one factor of how much gradient flows back "
              "through it.",
        "zh": "没有非线性的激活函数，多层叠加后仍只是一个仿射变换（XW + b）。不同激活函数弯曲的方式不同，而它的导数是决定有多少梯度能"
              "反向传回去的因素之一。",
    },
    "act.function": {"en": "Function", "zh": "函数"},
    "act.compare": {"en": "Compare with (up to two)", "zh": "对比（最多两个）"},
    "act.compare_none": {"en": "none", "zh": "不对比"},
    "act.range": {"en": "x-range", "zh": "x 的范围"},
    "act.probe": {"en": "Probe point x₀", "zh": "探测点 x₀"},
    "act.alpha": {"en": "α (leaky ReLU: slope for x < 0; ELU: the level −α it approaches)",
                  "zh": "α（Leaky ReLU：x < 0 时的斜率；ELU：趋近的下限 −α）"},
    "act.readout": {
        "en": "**f({x0}) = {y0}  ·  f′({x0}) = {slope}**  \nf′ from MXNet autograd",
        "zh": "**f({x0}) = {y0}  ·  f′({x0}) = {slope}**  \nf′ 由 MXNet autograd 求得",
    },
    "act.saturated": {"en": "saturated", "zh": "饱和区"},
    "act.range_reversed": {
        "en": "The x-range's ends came in reverse order ({a}, {b}): the chart shows {lo} … {hi}.",
        "zh": "x 的范围两端顺序颠倒了（{a}，{b}）：图中显示 {lo} … {hi}。",
    },
    "act.range_equal": {
        "en": "Both ends of the x-range sit at {a}: the chart shows {lo} … {hi}. Drag the handles apart to choose a range.",
        "zh": "x 的范围两端都在 {a}：图中显示 {lo} … {hi}。把两个滑块拉开即可选择范围。",
    },
    "act.chart_description": {
        "en": "Line chart over x: f(x) as solid and f′(x) as dashed lines for {functions}; a dot marks the probe "
              "x₀ on f and on f′, with the tangent to f there; grey bands mark where {first} has saturated.",
        "zh": "以 x 为横轴的折线图：{functions} 的 f(x)（实线）与 f′(x)（虚线）；圆点标出探测点 x₀ 处的 f 与 f′，"
              "并画出 f 在该点的切线；灰色区域标出 {first} 的饱和区。",
    },
    "act.depth_description": {
        "en": "Log-scale line chart over the layers 1 to {depth} of a {fn} network: the error signal ‖δₗ‖ and the "
              "weight gradient ‖∂L/∂Wₗ‖ at each layer.",
        "zh": "对数坐标折线图，横轴为 {fn} 网络的第 1 至 {depth} 层：每层的误差信号 ‖δₗ‖ 与权重梯度 ‖∂L/∂Wₗ‖。",
    },
    "act.probe_outside": {
        "en": "The probe point lies outside the plotted range: widen the x-range to see it.",
        "zh": "探测点不在绘图范围内：放宽 x 的范围即可看到。",
    },
    "act.legend": {
        "en": "Solid: f(x). Dashed: f′(x), computed by MXNet autograd. The two dots on the vertical line: the probe x₀ "
              "(click the chart to move it); the dotted line through the dot on the solid curve is the tangent to f there, whose slope is "
              "f′(x₀). Grey bands: where the first function has saturated — |f′| < {threshold} from there all the way "
              "out, as f flattens towards a constant; almost no gradient gets through.",
        "zh": "实线：f(x)；虚线：由 MXNet autograd 求得的 f′(x)。竖线上的两个圆点：探测点 x₀（点击图表即可移动）；穿过实线上那个点的"
              "点线是 f 在该处的切线，切线斜率就是 f′(x₀)。灰色区域：第一个函数的饱和区——从那里一直到坐标轴尽头 |f′| < {threshold}，"
              "f 趋于常数，几乎没有梯度能通过。",
    },
    "act.kink.relu": {
        "en": "x₀ = 0 is ReLU's kink: the slope is 0 on the left and 1 on the right, so there is no derivative. "
              "MXNet's autograd returns ReLU′(0) = {value}. Any value in [0, 1] is a valid *subgradient*, and "
              "training does not care: an input lands exactly on 0 almost never.",
        "zh": "x₀ = 0 是 ReLU 的折点：左侧斜率为 0，右侧为 1，此处不可导。MXNet 的 autograd 给出 ReLU′(0) = {value}。"
              "[0, 1] 中任何值都是合法的*次梯度*，对训练没有影响：输入恰好等于 0 的情况几乎不会发生。",
    },
    "act.kink.leaky_relu": {
        "en": "x₀ = 0 is leaky ReLU's kink (slope α on the left, 1 on the right). MXNet's autograd returns "
              "f′(0) = {value}, the left slope; any value between α and 1 is a valid subgradient.",
        "zh": "x₀ = 0 是 Leaky ReLU 的折点（左侧斜率 α，右侧为 1），此处不可导。MXNet 的 autograd 给出 f′(0) = {value}，即左侧斜率；"
              "α 与 1 之间的任何值都是合法的次梯度。",
    },
    "act.kink.elu": {
        "en": "x₀ = 0 is where ELU's two pieces meet: the slope tends to α on the left and is 1 on the right, so for "
              "α ≠ 1 ELU has a kink here and no derivative (it is smooth only when α = 1). MXNet's autograd returns "
              "f′(0) = {value}, the left slope.",
        "zh": "x₀ = 0 是 ELU 两段的交界：左侧斜率趋于 α，右侧为 1，所以 α ≠ 1 时这里是折点、不可导（只有 α = 1 时才光滑）。"
              "MXNet 的 autograd 给出 f′(0) = {value}，即左侧斜率。",
    },
    "act.note.identity": {
        "en": "**identity** f(x) = x is no activation at all: layers joined by it stay one affine map, "
              "XW₁W₂⋯ + b — which is why a network needs a non-linearity. Its slope is 1 everywhere, so in the depth "
              "experiment below only the weights shape the gradient: D2L's own vanishing/exploding example.",
        "zh": "**恒等映射** f(x) = x 其实等于没有激活函数：用它连接的多层仍是一个仿射变换 XW₁W₂⋯ + b——这正是网络需要非线性的原因。"
              "它的斜率处处为 1，所以在下面的深度实验里只有权重决定梯度的大小：这就是 D2L 自己举的衰减与爆炸的例子。",
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
              "σ(x)(1 − σ(x)) is at most 0.25, at x = 0: the activation's own factor shrinks the gradient by at least "
              "4×. Whether a whole layer shrinks it depends on the weights too, since back-propagation also multiplies "
              "by Wᵀ — large weights can make sigmoid gradients explode (try σ = 2 below).",
        "zh": "**sigmoid** 把任意输入压缩到 (0, 1) 之间，因此适合表示概率。它的导数 σ(x)(1 − σ(x)) 最大只有 0.25（在 x = 0 处）："
              "激活函数自身这一项至少把梯度缩小为 1/4。至于整层是否缩小梯度，还取决于权重，因为反向传播还要乘以 Wᵀ——"
              "权重较大时，sigmoid 网络的梯度也会爆炸（可在下面把 σ 设为 2 试试）。",
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
        "en": "**ELU** is x for x > 0 and α(eˣ − 1) for x ≤ 0, which levels off at −α: range (−α, ∞). α sets that "
              "level, not a slope: the slope on the left, αeˣ, meets the right slope 1 at x = 0 only when α = 1 — for "
              "any other α, ELU has a kink at 0. Its outputs average closer to 0 than ReLU's.",
        "zh": "**ELU** 在 x > 0 时等于 x，x ≤ 0 时为 α(eˣ − 1)，逐渐趋于 −α：值域 (−α, ∞)。α 决定的是这个下限，而不是斜率："
              "左侧斜率 αeˣ 只有在 α = 1 时才在 x = 0 处与右侧斜率 1 相接——α 取其他值时，ELU 在 0 处有一个折点。"
              "它的输出均值比 ReLU 更接近 0。",
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
    "act.note_peak_plateau": {
        "en": "On [{lo}, {hi}], {fn}′ takes its largest value, **{peak}**, on the whole stretch {at} ≤ x ≤ {end}: "
              "f is a straight line there, so no single point is \"where it is largest\".",
        "zh": "在 [{lo}, {hi}] 上，{fn}′ 在整段 {at} ≤ x ≤ {end} 上都取最大值 **{peak}**：f 在这一段是直线，"
              "所以不存在某一个“最大的点”。",
    },
    "act.note_peak_plateau_open": {
        "en": "On [{lo}, {hi}], {fn}′ takes its largest value, **{peak}**, for every x with {at} < x ≤ {end}: "
              "f is a straight line there, so no single point is \"where it is largest\".",
        "zh": "在 [{lo}, {hi}] 上，对每个满足 {at} < x ≤ {end} 的 x，{fn}′ 都取最大值 **{peak}**：f 在这一段是直线，"
              "所以不存在某一个“最大的点”。",
    },
    "act.note_peak_edge": {
        "en": "On [{lo}, {hi}], {fn}′ is largest at the range's edge x = {at} (**{peak}**) and grows further beyond "
              "it: the range, not the function, sets this maximum.",
        "zh": "在 [{lo}, {hi}] 上，{fn}′ 在范围的端点 x = {at} 处最大（**{peak}**），越过端点还会继续变大："
              "这个最大值是由绘图范围而不是函数本身决定的。",
    },
    "act.note_saturation": {
        "en": "Back-propagation multiplies the error signal at every layer by f′(zₗ) and by Wₗᵀ. Where a unit has "
              "saturated (grey: |f′| < {threshold} all the way out), its own factor lets almost nothing through; "
              "whether the gradient vanishes over many layers depends on the weights as well. The depth experiment "
              "below shows both.",
        "zh": "反向传播在每一层都要把误差信号乘以 f′(zₗ) 和 Wₗᵀ。单元处于饱和区时（灰色：从那里一直往外 |f′| < {threshold}），"
              "它自身这一项几乎不让梯度通过；而梯度在多层之后是否消失，还取决于权重。下面的深度实验会同时展示这两点。",
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
    "act.depth_delta": {
        "en": "The error signal δ (what back-propagation carries down) reaching layer 1 is {ratio} times the last "
              "layer's: about ×{gain} per layer.",
        "zh": "传到第 1 层的误差信号 δ（反向传播向下传递的量）是最后一层的 {ratio} 倍：平均每层约乘以 {gain}。",
    },
    "act.depth_identity": {
        "en": "With the identity, each layer multiplies the error signal by Wₗᵀ alone, which stretches a vector by "
              "about σ√n = {expected}. Over many layers that is a power, as in D2L's scalar example: 0.2³⁰ ≈ 1×10⁻²¹ "
              "(vanishing) and 5³⁰ ≈ 9×10²⁰ (exploding). Try σ√n = 0.2 (σ = 0.025 at n = 64) and 5 (σ = 0.625).",
        "zh": "使用恒等映射时，每一层只把误差信号乘以 Wₗᵀ，它把向量大约拉伸 σ√n = {expected} 倍。经过多层就成了乘方，正如 D2L 的"
              "标量例子：0.2³⁰ ≈ 1×10⁻²¹（衰减）和 5³⁰ ≈ 9×10²⁰（爆炸）。试试 σ√n = 0.2（n = 64 时 σ = 0.025）和 5（σ = 0.625）。",
    },
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
        "en": "What SGD uses is the weight gradient: ‖∂L/∂W₁‖ is {ratio} times ‖∂L/∂W_L‖ of the last layer, so a "
              "step moves the first layers far less — the gradient **vanishes** on its way down and the first "
              "layers barely learn.",
        "zh": "SGD 用的是权重梯度：‖∂L/∂W₁‖ 只有最后一层 ‖∂L/∂W_L‖ 的 {ratio} 倍，一步更新对前面几层的改动小得多——"
              "梯度在向下传的过程中**消失**了，前面几层几乎学不到东西。",
    },
    "act.explode": {
        "en": "What SGD uses is the weight gradient: ‖∂L/∂W₁‖ is {ratio} times ‖∂L/∂W_L‖ of the last layer — the "
              "gradient **explodes** on its way down, and one SGD step would throw the first layers far off.",
        "zh": "SGD 用的是权重梯度：‖∂L/∂W₁‖ 是最后一层 ‖∂L/∂W_L‖ 的 {ratio} 倍——梯度在向下传的过程中**爆炸**了，"
              "一步 SGD 就会把前面几层推得很远。",
    },
    "act.vanish_all": {
        "en": "‖∂L/∂W₁‖ is {ratio} times ‖∂L/∂W_L‖, yet every layer's weight gradient is below 10⁻⁶ of its weights: "
              "the signal has **vanished** through the layers already on the way forward, and no layer learns.",
        "zh": "‖∂L/∂W₁‖ 是 ‖∂L/∂W_L‖ 的 {ratio} 倍，但每一层的权重梯度都不到该层权重的 10⁻⁶：信号在正向传播时就已经"
              "**衰减**殆尽，哪一层都学不到东西。",
    },
    "act.explode_all": {
        "en": "‖∂L/∂W₁‖ is {ratio} times ‖∂L/∂W_L‖, yet every layer's weight gradient exceeds 10⁶ times its weights: "
              "the signal has **exploded** through the layers already on the way forward, and one SGD step throws "
              "every layer far off.",
        "zh": "‖∂L/∂W₁‖ 是 ‖∂L/∂W_L‖ 的 {ratio} 倍，但每一层的权重梯度都超过该层权重的 10⁶ 倍：信号在正向传播时就已经"
              "**爆炸**，一步 SGD 就会把每一层都推得很远。",
    },
    "act.stable": {
        "en": "What SGD uses is the weight gradient: ‖∂L/∂W₁‖ is {ratio} times ‖∂L/∂W_L‖ of the last layer, so the "
              "first and the last layers learn at a comparable rate. (ReLU with He's scale √(2/n) is built for this.)",
        "zh": "SGD 用的是权重梯度：‖∂L/∂W₁‖ 是最后一层 ‖∂L/∂W_L‖ 的 {ratio} 倍，前面几层和最后几层学习的快慢相当。"
              "（ReLU 配合 He 初始化 √(2/n) 正是为此设计的。）",
    },
    "act.symmetry_title": {"en": "Why the initial weights must be random", "zh": "为什么初始权重必须随机"},
    "act.symmetry_idea": {
        "en": "A small MLP (3 inputs → 4 tanh units → 1 output) trained by Gluon for {steps} SGD steps on a seeded "
              "regression task, once with every weight set to 0.5 and once with random weights. With equal weights "
              "every hidden unit computes the same value and receives the same gradient, so the units stay copies of "
              "each other for good: four units do the work of one. Random initial weights break this symmetry.",
        "zh": "一个小型多层感知机（3 个输入 → 4 个 tanh 隐藏单元 → 1 个输出）用 Gluon 在一个固定种子的回归任务上训练 {steps} 步 SGD，"
              "一次所有权重都初始化为 0.5，一次随机初始化。权重相同时，每个隐藏单元算出相同的值、得到相同的梯度，迭代之后依然相同："
              "四个单元只起一个单元的作用。随机初始化打破了这种对称性。",
    },
    "act.symmetry_code_caption": {
        "en": "The equal start in MXNet Gluon (for the random start, draw w1 and w2 with rng.normal(0, 0.5, …) instead):",
        "zh": "用 MXNet Gluon 重现初始权重相同的情形（随机初始化时，改用 rng.normal(0, 0.5, …) 生成 w1 和 w2）：",
    },
    "act.symmetry_equal": {"en": "all weights 0.5 at the start", "zh": "初始权重全为 0.5"},
    "act.symmetry_random": {"en": "random weights at the start", "zh": "随机初始权重"},
    "act.symmetry_unit": {"en": "unit {j}", "zh": "单元 {j}"},
    "act.symmetry_spread": {
        "en": "Weights into the hidden units after {steps} steps (one row per unit). Largest difference between "
              "two units: **{spread}**.",
        "zh": "训练 {steps} 步后各隐藏单元的输入权重（每行一个单元）。两个单元之间的最大差异：**{spread}**。",
    },
    "act.depth_code_caption": {
        "en": "The experiment in MXNet, with these settings (the notes' attach_grad → record → backward):",
        "zh": "用 MXNet 重现这个实验（即笔记中的 attach_grad → record → backward）：",
    },
    "act.q": {"en": "Where is the derivative of sigmoid largest, and how large is it?",
              "zh": "sigmoid 的导数在哪里最大？最大值是多少？"},
    "act.q_a": {"en": "As x grows large, where it approaches 1", "zh": "x 越大导数越大，趋近于 1"},
    "act.q_b": {"en": "At x = 0, where it is 0.25", "zh": "在 x = 0 处，值为 0.25"},
    "act.q_c": {"en": "At x = 0, where it is 1", "zh": "在 x = 0 处，值为 1"},
    "act.q_why": {
        "en": "σ′(x) = σ(x)(1 − σ(x)) is largest when σ(x) = ½, i.e. at x = 0, giving ½ · ½ = 0.25. "
              "(1 is tanh′(0).) So the sigmoid's own factor in back-propagation is 0.25 at best; the weights decide "
              "the rest.",
        "zh": "σ′(x) = σ(x)(1 − σ(x)) 在 σ(x) = ½ 即 x = 0 时最大，为 ½ · ½ = 0.25。（1 是 tanh′(0)。）所以在反向传播中，"
              "sigmoid 自身这一项最多把梯度乘以 0.25；其余取决于权重。",
    },
}
