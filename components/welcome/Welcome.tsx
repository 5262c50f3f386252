import { i18n } from '#i18n';
import { DeliveryStep } from './DeliveryStep';
import { NAME_FIELD_ID, NameStep } from './NameStep';
import { QUIET_FIELD_ID, QuietStep } from './QuietStep';
import { StepFrame } from './StepFrame';
import { useWelcome } from './use-welcome';
import { WelcomeDone } from './WelcomeDone';
import { welcomeSteps } from './welcome-steps';
import { BabyDateField } from '../options/BabyDateField';
import { CheckInField } from '../options/CheckInField';
import { useNow } from '../options/use-now';
import type { Preferences } from '@/utils/storage/preferences';
import { savePreferences } from '@/utils/storage/preferences-store';

/** Each step's question. */
const titles = {
  name: () => i18n.t('welcome.name_heading'),
  quiet: () => i18n.t('welcome.quiet_heading'),
  delivery: () => i18n.t('welcome.delivery_heading'),
};

/** The first field of a step, where focus goes when its answer needs fixing. */
const firstField = { name: NAME_FIELD_ID, quiet: QUIET_FIELD_ID, delivery: null };

/** Opened once on install: three skippable questions, then a sample nudge. */
export function Welcome() {
  const flow = useWelcome();
  const now = useNow();
  const { prefs, drafts, at, error } = flow;
  if (!prefs || !drafts) return <main class="welcome" aria-busy="true" />;
  const step = welcomeSteps[at];

  const keep = (patch: Partial<Preferences>): void =>
    void savePreferences(patch).catch(() => undefined);
  const onNext = async (): Promise<void> => {
    const field = step && firstField[step];
    if (!(await flow.next()) && field) document.getElementById(field)?.focus();
  };

  return (
    <main class="welcome">
      <header>
        <h1>{i18n.t('welcome.title')}</h1>
        {step && <p class="hint">{i18n.t('welcome.intro')}</p>}
      </header>
      {flow.saveFailed && (
        <p class="error" role="alert">
          {flow.saveFailed === 'full' ? i18n.t('welcome.save_full') : i18n.t('welcome.save_error')}
        </p>
      )}
      {step ? (
        <StepFrame
          key={step}
          n={at + 1}
          total={welcomeSteps.length}
          title={titles[step]()}
          focus={flow.moved}
          onNext={() => void onNext()}
          onBack={at > 0 ? flow.back : undefined}
          onSkipStep={() => void flow.skip(at + 1)}
          onSkipRest={
            at + 1 < welcomeSteps.length ? () => void flow.skip(welcomeSteps.length) : undefined
          }
        >
          {step === 'name' && (
            <>
              <NameStep value={drafts.name} error={error} onInput={(name) => flow.edit({ name })} />
              {/* Optional, saved as chosen (issue 15): empty keeps nudges as they are. */}
              <BabyDateField value={prefs.babyDate} onSave={(babyDate) => keep({ babyDate })} />
            </>
          )}
          {step === 'quiet' && (
            <>
              <QuietStep
                value={drafts.quiet}
                error={error}
                onChange={(quiet) => flow.edit({ quiet })}
              />
              <CheckInField prefs={prefs} onSave={keep} dailyOnly />
            </>
          )}
          {step === 'delivery' && (
            <DeliveryStep
              value={drafts.delivery}
              onChange={(delivery) => flow.edit({ delivery })}
            />
          )}
        </StepFrame>
      ) : (
        <WelcomeDone prefs={prefs} now={now} focus={flow.moved} />
      )}
    </main>
  );
}
