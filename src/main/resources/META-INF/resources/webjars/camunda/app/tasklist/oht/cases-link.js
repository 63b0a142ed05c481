/*
 * OHT Pathway: a "Cases" link in Tasklist's header, to the caseload page (/cases), where staff
 * find the cases they hold or follow. Loaded by scripts/config.js (customScripts).
 */
export default {
  id: 'oht.casesLink',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render: (node) => {
    const link = document.createElement('a');
    link.href = '/cases';
    link.textContent = 'Cases';
    link.className = 'oht-cases-link';
    link.title = 'Your caseload and every case you may open';
    node.appendChild(link);
  }
};
