// The host page's own script. It plays the part an association's site plays: asks its
// backend (here the reference server's demo route) for a user token, and hands the
// language and theme choices to the Bridgeway provider.
const provider = document.getElementById('provider');
const status = document.getElementById('status');
const localeSelect = document.getElementById('locale');
const themeSelect = document.getElementById('theme');
const roleSelect = document.getElementById('role');
const brandSelect = document.getElementById('brand');

/** The association's brand colours a host might choose (each dark enough for white text on it). */
const BRANDS = { teal: '#0b5c57', plum: '#6b2d5c', ochre: '#8a5a00' };

provider.setAttribute('endpoint', location.origin);

async function signIn(role) {
  status.textContent = '';
  try {
    const response = await fetch('/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role }),
    });
    if (!response.ok) throw new Error(`the demo token route answered ${response.status}`);
    const { token } = await response.json();
    provider.userToken = token;
    document.dispatchEvent(new CustomEvent('demo-signed-in', { detail: { role } }));
  } catch (error) {
    status.textContent = `Could not sign in the demo user: ${error.message}. Is the server running with --demo?`;
  }
}

localeSelect.addEventListener('change', () => {
  const locale = localeSelect.value;
  // The host page owns its document: it sets its own language and direction.
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  provider.setAttribute('locale', locale);
});
// The site and the elements change theme together: the site its own colours, the provider the elements'.
themeSelect.addEventListener('change', () => {
  document.documentElement.dataset.theme = themeSelect.value;
  provider.setAttribute('theme', themeSelect.value);
});
// The brand colour is one custom property of the site; the elements read it as --bw-color-primary.
brandSelect.addEventListener('change', () => document.documentElement.style.setProperty('--site-brand', BRANDS[brandSelect.value] ?? BRANDS.teal));
roleSelect.addEventListener('change', () => signIn(roleSelect.value));

signIn(roleSelect.value);

// The narrative builder: the demo mentee's statement, reviewed by the demo mentor.
const narrative = document.getElementById('narrative-builder');
if (narrative) {
  narrative.kind = 'credential-equivalency';
  narrative.mentors = [{ id: 'usr_demo_mentor', name: 'Daniel Reyes' }];
  document.addEventListener('demo-signed-in', (event) => {
    const reviewing = event.detail.role === 'mentor';
    narrative.mode = reviewing ? 'review' : 'write';
    narrative.draftId = reviewing ? 'nd_demo_equivalency' : undefined;
  });
}
// The gap mapper: this site already knows its member's profile and goal, so it hands
// them over instead of asking again (the element's form stays one click away).
const gapMapper = document.getElementById('gap-mapper');
fetch('/demo/amara-profile.json')
  .then((response) => response.json())
  .then((profile) => {
    gapMapper.setAttribute('occupation', 'registered-nurse');
    gapMapper.setAttribute('jurisdiction', 'ca-on');
    gapMapper.profile = profile;
  })
  .catch((error) => {
    status.textContent = `Could not load the demo profile: ${error.message}.`;
  });
// The mentor finder: the site knows its member's goal, so it deep-links the search to it
// (the member can change every filter; the role switch to the mentor shows mentor mode).
const mentorFinder = document.getElementById('mentor-finder');
if (mentorFinder) {
  mentorFinder.setAttribute('occupation', 'registered-nurse');
  mentorFinder.setAttribute('jurisdiction', 'ca-on');
}

/**
 * A section for one role only, as an association's staff or mentor pages would be: the element is
 * added when that role signs in (so nobody else asks for its data) and removed when another does.
 */
function sectionForRole(sectionId, tag, role) {
  const section = document.getElementById(sectionId);
  document.addEventListener('demo-signed-in', (event) => {
    const shown = event.detail.role === role;
    section.hidden = !shown;
    const element = section.querySelector(tag);
    if (shown && !element) section.append(document.createElement(tag));
    if (!shown) element?.remove();
  });
}

// The program's figures, for the coordinator.
sectionForRole('metrics-section', 'bw-program-metrics', 'coordinator');
// The coordinator's desk: approvals, the request queue, stuck mentorships, mentor load, waiting mentees.
sectionForRole('desk-section', 'bw-coordinator-desk', 'coordinator');
// The mentor's own profile, training, reflection log and feedback on the program.
sectionForRole('mentor-profile-section', 'bw-mentor-profile', 'mentor');
