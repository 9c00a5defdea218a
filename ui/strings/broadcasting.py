"""The broadcasting page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "broadcasting.title": {"en": "Broadcasting", "zh": "广播机制"},
    "broadcasting.nav": {"en": "Broadcasting", "zh": "广播机制"},
    "broadcasting.idea": {
        "en": "Arrays of different shapes combine element by element: shapes are compared from the last axis, and an "
              "axis of length 1 (or a missing one) is stretched to match — the stretched copies are read, never stored.",
        "zh": "形状不同的数组也能按元素运算：从最后一个轴开始比较形状，长度为 1（或缺失）的轴被拉伸以匹配——拉伸出的副本只被读取，并不存储。",
    },
    "bc.presets": {
        "en": "Examples from the notes and from D2L — and one that fails:",
        "zh": "笔记和《动手学深度学习》中的例子，以及一个会失败的例子：",
    },
    "bc.preset_d2l_help": {
        "en": "D2L's example: a 3×1 and a 1×2 array, where both operands are stretched.",
        "zh": "《动手学深度学习》中的例子：3 行 1 列与 1 行 2 列的数组相加，两个运算数都被拉伸。",
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
        "en": "Your prediction: the result's shape, or “error”",
        "zh": "你的预测：结果的形状，或“报错”",
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
        "en": "Solid cells are stored elements; faint, dashed cells are virtual copies: broadcasting reads the same "
              "element again instead of storing it. Values: {values}.",
        "zh": "实心格是真正存储的元素；浅色虚线格是虚拟副本：广播只是重复读取同一个元素，并不存储副本。取值：{values}。",
    },
    "bc.legend_sum": {
        "en": "Each operand has digits of its own, so every sum shows its parts: {example}.",
        "zh": "每个运算数占用各自的数位，所以每个和都能看出它由哪些元素相加而来：{example}。",
    },
    "bc.legend_hidden": {
        "en": "The operands as they are stored. Values: {values}.",
        "zh": "各运算数的实际存储。取值：{values}。",
    },
    "bc.values_too_small": {
        "en": "The cells are too small here to print their values; point at a cell to read it.",
        "zh": "格子太小，无法显示数值；把鼠标指向格子即可查看。",
    },
    "bc.alt_ok": {
        "en": "Broadcasting picture of {expr}: each operand is drawn as a grid stretched to the result's shape {shape}; "
              "solid cells are stored elements, faint dashed cells are virtual copies; the last grid is the result.",
        "zh": "{expr} 的广播示意图：每个运算数都画成拉伸到结果形状 {shape} 的网格；实心格是存储的元素，"
              "浅色虚线格是虚拟副本；最后一个网格是结果。",
    },
    "bc.alt_hidden": {
        "en": "Broadcasting picture of {expr}: the operands as they are stored, as grids of cells; the result is hidden "
              "until you reveal it.",
        "zh": "{expr} 的广播示意图：各运算数按实际存储画成网格；揭晓之前不显示结果。",
    },
    "bc.alt_fail": {
        "en": "Broadcasting picture of {expr}: the operands as they are stored, as grids of cells; they cannot be "
              "broadcast, so there is no result.",
        "zh": "{expr} 的广播示意图：各运算数按实际存储画成网格；它们无法广播，因此没有结果。",
    },
    "bc.no_picture": {
        "en": "The picture draws arrays of at most 3 axes, up to {slices} slices of {axis} × {axis} cells; "
              "the steps below still apply.",
        "zh": "图示只画最多 3 个轴、最多 {slices} 片 {axis} × {axis} 的数组；下面的逐轴步骤依然适用。",
    },
    "bc.no_room": {
        "en": "So many cells would not be legible in this space; the steps below still apply.",
        "zh": "格子太多，在这里画出来会看不清；下面的逐轴步骤依然适用。",
    },
    "bc.values": {"en": "The values MXNet computed:", "zh": "MXNet 计算出的数值："},
    "bc.notice_right": {
        "en": "Shapes are lined up on the **right**: the last axes are compared first, and a shorter shape gets "
              "axes of length 1 added on the left.",
        "zh": "形状按**右端**对齐：先比较最后的轴，较短的形状在左边补上长度为 1 的轴。",
    },
    "bc.notice_copy": {
        "en": "`a + b` never stores the stretched copies: the kernel of a broadcasting operator reads the same element "
              "again at every position along a stretched axis. NumPy's `np.broadcast_to` shows this as a view with a "
              "stride of 0 bytes; MXNet's `nd.broadcast_to`, called on its own, does write out a full copy "
              "(see “NDArray ↔ NumPy” below).",
        "zh": "`a + b` 并不会存下拉伸后的副本：广播运算的内核沿被拉伸的轴在每个位置重复读取同一个元素。"
              "NumPy 的 `np.broadcast_to` 返回步长为 0 字节的视图，正体现了这一点；而单独调用 MXNet 的 "
              "`nd.broadcast_to` 则会真的写出一个完整的副本（见下方“NDArray 与 NumPy”）。",
    },
    "bc.notice_d2l": {
        "en": "D2L describes broadcasting as “first copy elements as needed so that the two NDArrays have the same "
              "shape, then operate element-wise”. That is what the result looks like — as if the faint cells were "
              "copies. The copies are never made: the kernel reads the stored element again.",
        "zh": "《动手学深度学习》这样描述广播机制：“先适当复制元素使这两个 NDArray 形状相同后再按元素运算”。"
              "这说的是结果看起来的样子——仿佛浅色格都是复制出来的。实际上并不会真的复制：内核只是再次读取已存储的元素。",
    },
    "bc.notice_fix": {
        "en": "To make this work, give {name} trailing axes of length 1: {fixes} (each runs in MXNet and in NumPy).",
        "zh": "要让它能运算，可在 {name} 末尾加上长度为 1 的轴：{fixes}（在 MXNet 和 NumPy 中都能运行）。",
    },
    "bc.or": {"en": " or ", "zh": " 或 "},
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
        "en": "As in the notes: `nd.array(P)` turns a NumPy array into an NDArray and `D.asnumpy()` turns it back; "
              "both copy. `nd.array` also changes the type: P is {before}, D is {after} (pass `dtype=P.dtype` to keep "
              "it). Broadcasting inside `a + b` copies nothing; NumPy's `np.broadcast_to` returns a *view* whose stride "
              "along a stretched axis is 0 bytes, while MXNet's `nd.broadcast_to` writes a new array.",
        "zh": "如笔记所示：`nd.array(P)` 把 NumPy 数组变成 NDArray，`D.asnumpy()` 再变回来，二者都会复制数据。"
              "`nd.array` 还会改变数据类型：P 是 {before}，D 是 {after}（传入 `dtype=P.dtype` 可保持原类型）。"
              "`a + b` 中的广播不复制任何数据；NumPy 的 `np.broadcast_to` 返回一个*视图*，被拉伸的轴上步长为 0 字节，"
              "而 MXNet 的 `nd.broadcast_to` 会写出一个新数组。",
    },
    "bc.numpy_printed": {"en": "What this code prints (run here, by MXNet):", "zh": "这段代码的输出（由 MXNet 在此实际运行）："},
    "bc.view": {
        "en": "- **{name}** {shape} → {target}: strides {strides} bytes, as a view {view_strides}; "
              "a real copy would take {bytes} bytes, the view takes none.",
        "zh": "- **{name}** {shape} → {target}：步长 {strides} 字节，视图中为 {view_strides}；"
              "真复制需要 {bytes} 字节，视图不占额外内存。",
    },
}
