// Loaded first by csp-page.html (an external script, as its policy requires): records every
// Content-Security-Policy violation, and whether Trusted Types is really enforced on the page.
const PROBE = 'trusted-types-probe';
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  // The probe below is refused on purpose; its report is not a finding.
  if (event.sample.includes(PROBE)) return;
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
try {
  document.createElement('div').innerHTML = `<b>${PROBE}</b>`;
  window.trustedTypesEnforced = false;
} catch {
  window.trustedTypesEnforced = true;
}
