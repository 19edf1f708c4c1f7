using System;
using Microsoft.Extensions.Options;

namespace CsbGenerators.Hosting
{
    /// <summary>
    /// Runs <see cref="CsbClientOptions"/>' own checks when the host starts, so a missing key or endpoint stops
    /// start-up with a message that names the setting and, when the options came from configuration, its key.
    /// </summary>
    internal sealed class CsbClientOptionsValidator : IValidateOptions<CsbClientOptions>
    {
        private readonly string? _configurationPath;

        public CsbClientOptionsValidator(string? configurationPath)
        {
            _configurationPath = configurationPath;
        }

        public ValidateOptionsResult Validate(string? name, CsbClientOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException exception)
            {
                var message = exception.Message;
                var parameterSuffix = $" (Parameter '{exception.ParamName}')";
                if (message.EndsWith(parameterSuffix, StringComparison.Ordinal))
                {
                    message = message.Substring(0, message.Length - parameterSuffix.Length);
                }

                if (_configurationPath is not null && exception.ParamName is not null)
                {
                    message += $" Configuration key: {_configurationPath}:{exception.ParamName}.";
                }

                return ValidateOptionsResult.Fail(message);
            }
        }
    }
}
