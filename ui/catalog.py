"""The one catalog of visible text: every key in English and Simplified Chinese."""

STRINGS = {
    # --- the shell ---
    "app.name": {"en": "First Look", "zh": "初见 · First Look"},
    "shell.language": {"en": "Language · 语言", "zh": "语言 · Language"},
    "shell.projector": {"en": "Projector mode", "zh": "投影模式"},
    "shell.projector_help": {
        "en": "Larger type, thicker lines and bigger charts for a lecture hall.",
        "zh": "为教室投影放大字号、加粗线条、放大图表。",
    },
    "shell.bad_link": {
        "en": "Some values in this link could not be used, so their controls show defaults: {values}",
        "zh": "链接中的部分参数无效，相应控件已恢复默认值：{values}",
    },
    "shell.link": {"en": "Link to this view", "zh": "本视图的链接"},
    "shell.link_help": {
        "en": "Copy it (button at the top right of the box): it opens this exact view, language and projector mode included.",
        "zh": "点击框右上角的按钮复制：打开后即是当前这一视图，包括语言和投影模式。",
    },
    # --- shared blocks ---
    "block.notice": {"en": "What to notice", "zh": "留意这些"},
    "block.maths": {"en": "The maths", "zh": "数学表达"},
    "block.code": {"en": "The MXNet code", "zh": "MXNet 代码"},
    "block.code_help": {
        "en": "Runs as is with mxnet 1.9.1 and prints what this page shows.",
        "zh": "可直接在 mxnet 1.9.1 中运行，输出与本页显示一致。",
    },
    "block.check": {"en": "Check yourself", "zh": "自我检验"},
    "block.reveal": {"en": "Reveal", "zh": "揭晓答案"},
    "block.pick_first": {"en": "Pick an answer first, then reveal.", "zh": "先选一个答案，再揭晓。"},
    "block.right": {"en": "Right. {why}", "zh": "答对了。{why}"},
    "block.wrong": {"en": "Not quite: the answer is {answer}. {why}", "zh": "不对，答案是 {answer}。{why}"},
    # --- the landing page ---
    "home.title": {"en": "First Look", "zh": "初见 · First Look"},
    "home.nav": {"en": "Start", "zh": "首页"},
    "home.idea": {
        "en": "A visual explainer for the basics of deep learning: move a control and the picture, "
              "the numbers and the MXNet code change at once.",
        "zh": "深度学习基础的可视化讲解：拖动控件，图像、数值和 MXNet 代码即刻随之改变。",
    },
    "home.for": {
        "en": "Made for a teacher projecting it in a lecture hall, for students on a laptop, and for readers of "
              "*Dive into Deep Learning* (MXNet edition, chapters 2–4). Every number on screen is computed by "
              "MXNet and checked against an independent calculation.",
        "zh": "为在教室投影讲课的老师、用笔记本电脑学习的学生，以及《动手学深度学习》（MXNet 版第 2–4 章）的读者而作。"
              "页面上的每个数都由 MXNet 计算，并经过独立计算的核对。",
    },
    "home.topics": {"en": "Topics", "zh": "主题"},
    "home.open": {"en": "Open", "zh": "打开"},
    "home.how": {"en": "How each page works", "zh": "每一页的用法"},
    "home.how_text": {
        "en": "1. Move the controls: the chart answers at once.\n"
              "2. Read *What to notice*, then the maths and the MXNet code that produced the picture.\n"
              "3. Predict before you reveal: the check at the end says whether you were right, and why.\n"
              "4. Share the view: the sidebar's link reproduces exactly what you see.",
        "zh": "1. 调整控件：图表即刻响应。\n"
              "2. 阅读“留意这些”，再看数学表达和生成图像的 MXNet 代码。\n"
              "3. 先预测再揭晓：页末的检验告诉你对不对、为什么。\n"
              "4. 分享视图：侧边栏中的链接能原样重现你看到的画面。",
    },
    "home.classroom": {"en": "In the classroom", "zh": "课堂使用"},
    "home.classroom_text": {
        "en": "Switch on **projector mode** in the sidebar for large type and thick lines. Prepare links in advance: "
              "each one opens a page with its controls set. Nothing needs the internet once the app runs.",
        "zh": "在侧边栏打开**投影模式**，字号更大、线条更粗。可提前准备好链接：每个链接打开时控件已设置好。"
              "应用启动后无需联网。",
    },
    # --- broadcasting ---
    "broadcasting.title": {"en": "Broadcasting", "zh": "广播机制"},
    "broadcasting.nav": {"en": "Broadcasting", "zh": "广播机制"},
    "broadcasting.idea": {
        "en": "Arrays of different shapes combine element by element: shapes are compared from the last axis, "
              "and an axis of length 1 (or a missing one) is stretched to match — without copying anything.",
        "zh": "形状不同的数组也能按元素运算：从最后一个轴开始比较形状，长度为 1（或缺失）的轴被拉伸以匹配——而不复制任何数据。",
    },
    "bc.presets": {
        "en": "Examples from the notes — and one that fails:",
        "zh": "笔记中的例子，以及一个会失败的例子：",
    },
    "bc.count": {"en": "Number of arrays", "zh": "数组个数"},
    "bc.op": {"en": "Operation", "zh": "运算"},
    "bc.predict": {"en": "Predict before revealing", "zh": "先预测，再揭晓"},
    "bc.predict_help": {
        "en": "Hide the result until you have guessed its shape.",
        "zh": "在猜出结果形状之前隐藏结果。",
    },
    "bc.shape_of": {"en": "Shape of {name}", "zh": "{name} 的形状"},
    "bc.forms": {
        "en": "Type a shape as `4,3`, `(4, 3)`, `[4,3]`, `(3,)`, `3`, or `()` for a single number.",
        "zh": "形状可写成 `4,3`、`(4, 3)`、`[4,3]`、`(3,)`、`3`，单个数（标量）写作 `()`。",
    },
    "bc.err.not_text": {"en": "Shape of {name}: please type the shape as text.", "zh": "{name} 的形状：请以文本输入形状。"},
    "bc.err.too_long": {
        "en": "Shape of {name}: that is longer than {limit} characters.",
        "zh": "{name} 的形状：超过了 {limit} 个字符。",
    },
    "bc.err.empty": {
        "en": "Shape of {name} is empty. Type `()` for a single number (a scalar).",
        "zh": "{name} 的形状为空。单个数（标量）请写作 `()`。",
    },
    "bc.err.unbalanced": {
        "en": "Shape of {name}: the brackets in “{text}” don't match; use one pair, like `(4, 3)`.",
        "zh": "{name} 的形状：“{text}”中的括号不配对；请只用一对括号，如 `(4, 3)`。",
    },
    "bc.err.empty_axis": {
        "en": "Shape of {name}: axis {position} is empty (two commas in a row?).",
        "zh": "{name} 的形状：第 {position} 个轴是空的（连续写了两个逗号？）。",
    },
    "bc.err.negative": {
        "en": "Shape of {name}: {token} is negative; an axis has a length of 0 or more.",
        "zh": "{name} 的形状：{token} 是负数；轴的长度只能是 0 或正整数。",
    },
    "bc.err.not_integer": {
        "en": "Shape of {name}: {token} is not a whole number; axis lengths count elements.",
        "zh": "{name} 的形状：{token} 不是整数；轴的长度是元素的个数。",
    },
    "bc.err.bad_char": {
        "en": "Shape of {name}: “{char}” can't be part of a shape; use digits and commas.",
        "zh": "{name} 的形状：形状中不能有“{char}”；请只用数字和逗号。",
    },
    "bc.err.too_many_axes": {
        "en": "Shape of {name}: {count} axes is too many (at most {limit}).",
        "zh": "{name} 的形状：{count} 个轴太多了（最多 {limit} 个）。",
    },
    "bc.err.too_large": {
        "en": "Shape of {name}: {token} is far too long for an axis (at most 1,000,000,000).",
        "zh": "{name} 的形状：{token} 作为轴长太大了（最多 1,000,000,000）。",
    },
    "bc.guess": {
        "en": "What is the shape of {expr}? (type “error” if it fails)",
        "zh": "{expr} 的结果形状是什么？（若会出错，请输入“报错”）",
    },
    "bc.guess_placeholder": {"en": "e.g. (4, 3)", "zh": "例如 (4, 3)"},
    "bc.guess_unreadable": {"en": "Your guess couldn't be read: {reason}", "zh": "无法读取你的预测：{reason}"},
    "bc.guess_right": {"en": "Your prediction was right.", "zh": "你的预测是对的。"},
    "bc.guess_wrong": {
        "en": "You predicted {guess}; compare with the steps below.",
        "zh": "你预测的是 {guess}；请对照下面的步骤看看差别在哪。",
    },
    "bc.fails": {"en": "an error", "zh": "报错"},
    "bc.ok": {"en": "{expr} → shape {shape}", "zh": "{expr} → 形状 {shape}"},
    "bc.fail": {
        "en": "{expr} fails: on axis {axis} the lengths differ ({clash}) and neither is 1.",
        "zh": "{expr} 无法运算：第 {axis} 轴上的长度不同（{clash}），且都不是 1。",
    },
    "bc.mxnet_said": {"en": "MXNet's own error message:", "zh": "MXNet 给出的报错信息："},
    "bc.mxnet_refused": {
        "en": "The rule allows these shapes, but MXNet 1.9.1 refuses them: its kernels handle at most 5 "
              "broadcast axes that cannot be merged. NumPy computes it. MXNet's message:",
        "zh": "按规则这些形状可以广播，但 MXNet 1.9.1 拒绝计算：它的算子最多只支持 5 个无法合并的广播轴（NumPy 可以计算）。"
              "MXNet 的报错信息：",
    },
    "bc.too_big": {
        "en": "The shape follows from the rule; MXNet computes the values here only up to {limit} elements.",
        "zh": "结果形状由规则得出；本页只在元素不超过 {limit} 个时让 MXNet 实际计算。",
    },
    "bc.steps": {"en": "Step by step, from the last axis", "zh": "逐轴比较（从最后一个轴开始）"},
    "bc.col_axis": {"en": "axis", "zh": "轴"},
    "bc.col_rule": {"en": "rule", "zh": "规则"},
    "bc.col_result": {"en": "result", "zh": "结果"},
    "bc.added": {"en": "(added)", "zh": "（补齐）"},
    "bc.rule.equal": {"en": "equal", "zh": "相等"},
    "bc.rule.stretch": {"en": "stretched from 1", "zh": "由 1 拉伸"},
    "bc.rule.mismatch": {"en": "mismatch ✗", "zh": "不匹配 ✗"},
    "bc.kind.real": {"en": "stored element", "zh": "存储的元素"},
    "bc.kind.copy": {"en": "virtual copy (not stored)", "zh": "虚拟副本（未存储）"},
    "bc.kind.result": {"en": "result", "zh": "结果"},
    "bc.result_caption": {"en": "result {shape}", "zh": "结果 {shape}"},
    "bc.legend": {
        "en": "Solid cells are stored elements. Faint, dashed cells are virtual copies: broadcasting reads the "
              "same element again instead of copying it. Values: a = 1, 2, 3, …; b = 10, 20, …; c = 100, …; "
              "so each digit of a result tells where it came from.",
        "zh": "实心格是真正存储的元素；浅色虚线格是虚拟副本：广播只是重复读取同一个元素，并不复制。"
              "取值：a = 1, 2, 3, …；b = 10, 20, …；c = 100, …；所以结果的每一位数字都能看出来源。",
    },
    "bc.legend_hidden": {
        "en": "The operands as they are stored. Values: a = 1, 2, 3, …; b = 10, 20, …; c = 100, …",
        "zh": "各运算数的实际存储。取值：a = 1, 2, 3, …；b = 10, 20, …；c = 100, …",
    },
    "bc.no_picture": {
        "en": "The picture draws arrays of at most 3 axes, up to {slices} slices of {axis} × {axis} cells; "
              "the steps above still apply.",
        "zh": "图示只画最多 3 个轴、最多 {slices} 片 {axis} × {axis} 的数组；上面的逐轴步骤依然适用。",
    },
    "bc.values": {"en": "The values MXNet computed:", "zh": "MXNet 计算出的数值："},
    "bc.notice_right": {
        "en": "Shapes are lined up on the **right**: the last axes are compared first, and a shorter shape gets "
              "axes of length 1 added on the left.",
        "zh": "形状按**右端**对齐：先比较最后的轴，较短的形状在左边补上长度为 1 的轴。",
    },
    "bc.notice_copy": {
        "en": "A stretched axis is not copied: NumPy and MXNet read the same element again (a stride of 0 bytes).",
        "zh": "被拉伸的轴并没有被复制：NumPy 和 MXNet 只是重复读取同一个元素（步长为 0 字节）。",
    },
    "bc.notice_fix": {
        "en": "To make this work, give {name} an axis of length 1 at the end: `{name}.reshape({new})` "
              "(in NumPy also `{name}[..., None]`).",
        "zh": "要让它能运算，可在 {name} 末尾加一个长度为 1 的轴：`{name}.reshape({new})`（NumPy 中也可写 `{name}[..., None]`）。",
    },
    "bc.maths_caption_rule": {
        "en": "Per axis k, counted from the right; a missing axis counts as 1.",
        "zh": "对每个轴 k（从右数起）；缺失的轴按 1 计。",
    },
    "bc.maths_caption": {
        "en": "Per axis k, counted from the right; a missing axis counts as 1. The second line is one result element.",
        "zh": "对每个轴 k（从右数起）；缺失的轴按 1 计。第二行是结果中一个元素的算法。",
    },
    "bc.numpy_title": {"en": "NDArray ↔ NumPy, and why broadcasting copies nothing",
                       "zh": "NDArray 与 NumPy 互换，以及为什么广播不复制数据"},
    "bc.numpy_text": {
        "en": "As in the notes: `nd.array(P)` turns a NumPy array into an NDArray and `D.asnumpy()` turns it back "
              "(both copy). Broadcasting itself copies nothing: `np.broadcast_to` returns a *view* whose stride along a "
              "stretched axis is 0 bytes, so stepping along that axis reads the same memory again.",
        "zh": "如笔记所示：`nd.array(P)` 把 NumPy 数组变成 NDArray，`D.asnumpy()` 再变回来（二者都会复制）。"
              "广播本身不复制任何数据：`np.broadcast_to` 返回一个*视图*，被拉伸的轴上步长为 0 字节，"
              "沿这个轴前进时读的是同一块内存。",
    },
    "bc.view": {
        "en": "- **{name}** {shape} → {target}: strides {strides} bytes, as a view {view_strides}; "
              "a real copy would take {bytes} bytes, the view takes none.",
        "zh": "- **{name}** {shape} → {target}：步长 {strides} 字节，视图中为 {view_strides}；"
              "真复制需要 {bytes} 字节，视图不占额外内存。",
    },
    # --- activations ---
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
    # --- softmax ---
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
