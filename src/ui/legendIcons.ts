/**
 * recharts labels each legend icon "<series> legend icon" (in English, whatever the page's language), beside the
 * series name it already prints: a screen reader read every legend twice, once in English. The icon is decoration:
 * hidden from assistive technology as each legend is drawn.
 */
export function quietLegendIcons(root: Node = document): () => void {
  const quiet = (scope: ParentNode) => {
    for (const svg of scope.querySelectorAll<SVGElement>('.recharts-legend-item svg[aria-label]')) {
      svg.removeAttribute('aria-label');
      svg.setAttribute('aria-hidden', 'true');
    }
  };
  if ('querySelectorAll' in root) quiet(root as ParentNode);
  const seen = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes') quiet((r.target as Element).parentElement ?? (r.target as Element));
      else for (const n of r.addedNodes) if (n instanceof Element) quiet(n.parentElement ?? n);
    }
  });
  seen.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
  return () => seen.disconnect();
}
