// Draws every chart of the page: each <script type="application/vnd.vegalite+json" data-chart="ID"> holds a Vega-Lite
// specification whose data is a saved query's CSV on this server; it is drawn as SVG into the element with that id.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("script[data-chart]").forEach(function (holder) {
    var target = document.getElementById(holder.getAttribute("data-chart"));
    var spec = JSON.parse(holder.textContent);
    vegaEmbed(target, spec, { renderer: "svg", actions: false }).then(function () {
      target.setAttribute("data-drawn", "true");
    }).catch(function (error) {
      target.setAttribute("data-drawn", "failed");
      target.textContent = "The chart could not be drawn: " + error.message;
      console.error(error);
    });
  });
});
