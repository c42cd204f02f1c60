// Small enhancements; every page works without this file.
"use strict";

function setUpCopyButtons() {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const field = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector(".copy-status");
    if (!field) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = field.value;
      let copied = false;
      try {
        if (navigator.clipboard && window.isSecureContext) {
          await navigator.clipboard.writeText(text);
          copied = true;
        }
      } catch (err) {
        copied = false;
      }
      if (!copied) {
        field.focus();
        field.select();
        copied = document.execCommand && document.execCommand("copy");
      }
      button.dataset.copied = copied ? "yes" : "no";
      if (status) status.textContent = copied ? "Copied" : "Select the text and copy it";
    });
  }
}

function setUpChart() {
  const readout = document.querySelector(".chart-readout");
  if (!readout) return;
  for (const bar of document.querySelectorAll(".bar-link")) {
    const say = () => {
      const n = Number(bar.dataset.count);
      readout.textContent = `${bar.dataset.year}: ${n.toLocaleString()} hit${n === 1 ? "" : "s"}`;
    };
    bar.addEventListener("mouseenter", say);
    bar.addEventListener("focus", say);
  }
}

async function showRelated() {
  // Built with textContent only: subjects come from documents and are never parsed as HTML.
  const list = document.querySelector("ol[data-related]");
  if (!list) return;
  let data;
  try {
    const answer = await fetch(list.dataset.related, { headers: { Accept: "application/json" } });
    if (!answer.ok) return;
    data = await answer.json();
  } catch (err) {
    return;
  }
  for (const item of data.related || []) {
    const li = document.createElement("li");
    li.className = "cable-item";
    const link = document.createElement("a");
    link.className = "refid";
    link.href = item.url;
    link.textContent = item.ref_id;
    const subject = document.createElement("span");
    subject.className = "subject";
    subject.textContent = item.subject || "(no subject)";
    const why = document.createElement("span");
    why.className = "where";
    why.textContent = (item.signals || []).join(" · ");
    li.append(link, " ", subject, " ", why);
    list.append(li);
  }
  list.hidden = list.children.length === 0;
}

document.addEventListener("DOMContentLoaded", () => {
  setUpCopyButtons();
  setUpChart();
  showRelated();
});
