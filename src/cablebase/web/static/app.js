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

document.addEventListener("DOMContentLoaded", () => {
  setUpCopyButtons();
  setUpChart();
});
