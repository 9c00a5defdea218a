"""First Look: the landing page, a card per concept."""
import streamlit as st

from ui import blocks, shell
from ui.i18n import t

shell.page("home")
st.markdown(t("home.for"))

blocks.section(t("home.topics"))
PER_ROW = 4  # four cards a row: still readable on a projector at 1280 px once there are eight topics
for first in range(0, len(shell.TOPICS), PER_ROW):
    row = shell.TOPICS[first:first + PER_ROW]
    for column, topic in zip(st.columns(PER_ROW), row):
        with column.container(border=True, height="stretch"):
            st.subheader(t(topic.name + ".title"))
            st.markdown(t(topic.name + ".idea"))
            st.page_link(topic.script, label=t("home.open"), icon=topic.icon, query_params=shell.global_params())

left, right = st.columns(2)
with left:
    blocks.section(t("home.how"))
    st.markdown(t("home.how_text"))
with right:
    blocks.section(t("home.classroom"))
    st.markdown(t("home.classroom_text"))

shell.finish("home")
