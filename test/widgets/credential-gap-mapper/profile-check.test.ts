/**
 * The form's last check of the profile before it is sent: what the form's own field checks let
 * through but the contract refuses (a title too long, too many rows) names each field in error,
 * in the reader's words, with the compact validator the element ships instead of zod's messages.
 */
import { expect } from '@open-wc/testing';
import { draftFromProfile, profileFromDraft } from '../../../src/widgets/credential-gap-mapper/profile-draft.js';
import { demoProfile } from './helpers.js';

describe('the profile form’s contract check', () => {
  it('gives back the profile the draft holds when the contract accepts it', () => {
    const { profile, errors } = profileFromDraft(draftFromProfile(demoProfile), 'en');
    expect(errors).to.deep.equal({});
    expect(profile?.education.map((e) => e.title)).to.deep.equal(demoProfile.education.map((e) => e.title));
  });

  it('names every field the contract refuses, each with a message, and gives no profile', () => {
    const draft = draftFromProfile(demoProfile);
    draft.education[0].title = 'x'.repeat(201);
    draft.licences[0].issuer = 'y'.repeat(201);
    const { profile, errors } = profileFromDraft(draft, 'en');
    expect(profile).to.equal(undefined);
    expect(Object.keys(errors).sort()).to.deep.equal(['education.0.title', 'licences.0.issuer']);
    expect(errors['education.0.title']).to.equal('This is not accepted here: check its length and format.');
  });
});
